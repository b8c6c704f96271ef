import type { Format } from 'ajv/dist/2020.js';

/** ajv-formats' full formats, `date-time` replaced by a faster check of the same strings. */
declare const formats: Record<string, Format> & {
  'date-time': { validate: (value: string) => boolean; compare: (a: string, b: string) => number | undefined };
};
export = formats;
