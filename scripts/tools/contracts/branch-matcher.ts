import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { createAjv, registerSpec, SPEC_ID } from '../../core/validate/ajv.js';

/** Tells which branch of a union a value belongs to, compiling each branch's schema once. */
export class BranchMatcher {
  private readonly ajv = createAjv();
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(spec: LoadedSpec) {
    registerSpec(this.ajv, spec);
  }

  match(value: unknown, branches: readonly string[]): string | undefined {
    return branches.find((pointer) => this.validator(pointer)(value));
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${SPEC_ID}${pointer}` });
      this.compiled.set(pointer, validate);
    }
    return validate;
  }
}
