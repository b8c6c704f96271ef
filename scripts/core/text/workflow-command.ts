/**
 * GitHub Actions workflow commands (`::error file=F,line=L,title=T::MESSAGE`), escaped by GitHub's own rules
 * (actions/toolkit, packages/core/src/command.ts): in the message `%`, `\r` and `\n`; in a property value also
 * `:` and `,`. The message then cannot end the command or start another one.
 */

export function workflowMessage(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function workflowProperty(text: string): string {
  return workflowMessage(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One command line: `::NAME k=v,...::MESSAGE\n`, every part escaped. */
export function workflowCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${workflowProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${workflowMessage(message)}\n`;
}
