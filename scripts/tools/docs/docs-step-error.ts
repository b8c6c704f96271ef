import { ToolkitError } from '../../core/errors.js';

/** A step of the docs pipeline failed on the user's input; the previous output is untouched. */
export class DocsStepError extends ToolkitError {
  readonly step: string;

  constructor(step: string, cause: ToolkitError) {
    super(`step "${step}" failed: ${cause.toLine()}`, { cause, hint: 'nothing was written; the previous docs are as they were' });
    this.name = 'DocsStepError';
    this.step = step;
  }
}

/**
 * What to throw when a docs step failed: a toolkit error about the input becomes one DocsStepError line
 * (exit 2); anything else is a bug and is rethrown as it is, so that the CLI prints its stack (exit 3).
 */
export function stepFailure(step: string, cause: unknown): unknown {
  return cause instanceof ToolkitError ? new DocsStepError(step, cause) : cause;
}
