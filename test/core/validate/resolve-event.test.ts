import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { eventResolver } from '../../../scripts/core/validate/resolve-event.js';
import { writeFiles } from '../../helpers/temp-spec.js';

/** A spec whose events are named as GitHub names them: a header, completed by the body's `action`. */
async function headerSpec() {
  const body = { required: true, content: { 'application/json': { schema: { type: 'object' } } } };
  const op = { requestBody: body, responses: { '200': { description: 'ok' } } };
  const dir = writeFiles({
    'openapi.yaml': {
      openapi: '3.1.0',
      info: { title: 'gh', version: '1' },
      'x-webhook-event-type': { header: 'X-GitHub-Event', pointer: '/action' },
      webhooks: { 'issues.opened': { post: op }, ping: { post: op } },
    },
  });
  return loadSpec(join(dir, 'openapi.yaml'));
}

const item = (body: unknown, headers?: Record<string, string>, event?: string) => ({
  source: 'p.json',
  file: 'p.json',
  line: 0,
  body,
  ...(headers ? { headers } : {}),
  ...(event ? { event } : {}),
});

describe('eventResolver with a header declaration', () => {
  it.each([
    ['the header completed by the body field', item({ action: 'opened' }, { 'x-github-event': 'issues' }), { event: 'issues.opened' }],
    ['the header alone', item({}, { 'x-github-event': 'ping' }), { event: 'ping' }],
    ["the item's own event first", item({}, { 'x-github-event': 'ping' }, 'issues.opened'), { event: 'issues.opened' }],
    [
      'no header',
      item({ action: 'opened' }),
      {
        problem: {
          id: 'event-unresolved',
          message: 'no event type where the spec says it is: the X-GitHub-Event header (with the body at /action)',
        },
      },
    ],
    [
      'a header naming no event',
      item({}, { 'x-github-event': 'issue' }),
      {
        problem: {
          id: 'event-unknown',
          message: 'the payload names event type "issue", not an event of the spec (known: issues.opened, ping)',
        },
      },
    ],
  ])('%s', async (_name, given, want) => {
    expect(eventResolver(await headerSpec())(given)).toEqual(want);
  });
});
