import { describe, expect, it } from 'vitest';
import { formatFinding, type LintFinding } from '../../../scripts/tools/lint/findings.js';

const at = { file: 'openapi/openapi.yaml', line: 12, col: 5, pointer: '/webhooks' };

describe('formatFinding', () => {
  it.each<[string, { given: LintFinding; want: string }]>([
    [
      'an error says "error"',
      {
        given: { location: at, id: 'webhook-example-valid', level: 'error', message: '/id must be string' },
        want: 'openapi/openapi.yaml:12:5 error webhook-example-valid /id must be string',
      },
    ],
    [
      'a warning says "warning"',
      {
        given: { location: at, id: 'info-license', level: 'warning', message: 'Info object should contain `license` field.' },
        want: 'openapi/openapi.yaml:12:5 warning info-license Info object should contain `license` field.',
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(formatFinding(given)).toBe(want);
  });
});
