import { describe, expect, it } from 'vitest';
import { CONSUMERS, completedState, EVENTS, PACT_DIR, PROVIDER, VARIANTS } from '../../contracts/shared/interactions.js';
import { DEFAULT_PACTS } from '../../scripts/tools/contracts/pact-file.js';
import { DOCUMENTED, parseState, stateName } from '../../scripts/tools/contracts/state.js';

// The example consumers spell out the state convention instead of importing scripts/ (a real consumer
// cannot): these are the places where the two could drift apart.
describe('contracts/shared/interactions agrees with the toolkit', () => {
  it('writes pacts where verify reads them by default', () => {
    expect(PACT_DIR).toBe(DEFAULT_PACTS);
  });

  it('names the documented example as verify does', () => {
    expect(VARIANTS.documented).toBe(DOCUMENTED);
  });

  it.each(Object.values(VARIANTS))('state "%s" is the one verify parses', (variant) => {
    const state = completedState(variant);
    expect(state).toBe(stateName(EVENTS.completed, variant));
    expect(parseState(state)).toEqual({ eventType: EVENTS.completed, variant });
  });

  it('keeps provider and consumer names distinct', () => {
    expect(Object.values(CONSUMERS)).not.toContain(PROVIDER);
  });
});
