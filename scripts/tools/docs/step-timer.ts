/** How long one step of the docs pipeline took, with a short result (`3 page(s)`, `skipped: ...`). */
export interface StepReport {
  step: string;
  ms: number;
  detail?: string;
}

/** Times the pipeline's steps, which may overlap, and reports each one as it finishes. */
export class StepTimer {
  readonly reports: StepReport[] = [];

  constructor(private readonly onStep?: (report: StepReport) => void) {}

  async time<T>(step: string, work: () => T | Promise<T>, detail?: (value: T) => string): Promise<T> {
    const started = performance.now();
    const value = await work();
    this.done(step, started, detail?.(value));
    return value;
  }

  done(step: string, started: number, detail?: string): void {
    const report: StepReport = { step, ms: performance.now() - started, ...(detail ? { detail } : {}) };
    this.reports.push(report);
    this.onStep?.(report);
  }
}
