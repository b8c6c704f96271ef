import { ToolkitError } from '../../core/errors.js';

/** A step of the docs pipeline failed; the previous output is untouched. */
export class DocsStepError extends ToolkitError {
  readonly step: string;

  constructor(step: string, cause: unknown) {
    const detail = cause instanceof ToolkitError ? cause.toLine() : ((cause as Error)?.message ?? String(cause));
    super(`step "${step}" failed: ${detail}`, { cause, hint: 'nothing was written; the previous docs are as they were' });
    this.name = 'DocsStepError';
    this.step = step;
  }
}
