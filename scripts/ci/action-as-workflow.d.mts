export function actionAsWorkflow(text: string): { text: string; lineOf: (line: number) => number };
