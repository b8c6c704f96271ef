import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../../scripts/core/spec/default-spec.js';
import { loadSpec } from '../../../scripts/core/spec/load.js';

describe('loadSpec: locate maps a bundled pointer to the file and line it was written at', () => {
  it.each<[string, { given: string; want: string }]>([
    ['the root file', { given: '/info/title', want: `${DEFAULT_SPEC}:3:10` }],
    [
      'through a $ref into a webhook file',
      {
        given: '/webhooks/customer.reward_redemptions.created/post/summary',
        want: 'openapi/webhooks/customer.reward_redemptions.created.yaml:3:12',
      },
    ],
    [
      'into a flow sequence',
      {
        given: '/webhooks/customer.reward_redemptions.created/post/tags/0',
        want: 'openapi/webhooks/customer.reward_redemptions.created.yaml:10:10',
      },
    ],
    [
      'through two $refs into a component schema',
      { given: '/components/schemas/Address/properties/state/description', want: 'openapi/schemas/Address.yaml:9:18' },
    ],
    [
      'a missing key: its nearest existing ancestor',
      { given: '/components/schemas/Address/properties/nowhere', want: 'openapi/schemas/Address.yaml:4:3' },
    ],
  ])('%s', async (_name, { given, want }) => {
    const { file, line, col } = (await loadSpec(DEFAULT_SPEC)).locate(given);
    expect(`${file}:${line}:${col}`).toBe(want);
  });
});
