import { type ContractFinding, finding, interactionLabel } from './findings.js';
import type { MessageInteraction, PactFile } from './pact-file.js';
import { parseState } from './state.js';
import type { EventVariants, Variant } from './variants.js';

/** A pact interaction with the documented variant its provider state names. */
export interface BoundInteraction {
  pact: PactFile;
  interaction: MessageInteraction;
  state: string;
  label: string;
  variant: Variant;
}

/**
 * Binds each interaction to the payload its state names (`<event type>: <variant>`). An interaction
 * whose state names no event or no variant the spec documents is a finding, not a crash.
 */
export function bindInteractions(
  pacts: readonly PactFile[],
  events: readonly EventVariants[],
): {
  bound: BoundInteraction[];
  findings: ContractFinding[];
} {
  const bound: BoundInteraction[] = [];
  const findings: ContractFinding[] = [];
  for (const pact of pacts) {
    for (const interaction of pact.interactions) {
      const state = interaction.states[0];
      const label = interactionLabel(interaction.description, state);
      const base = { consumer: pact.consumer, interaction: label, path: '', file: pact.path };
      const parsed = state === undefined ? undefined : parseState(state);
      if (!state || !parsed) {
        findings.push(
          finding('state-missing', {
            ...base,
            message: 'the interaction needs a provider state "<event type>: <variant>" naming the payload it expects',
          }),
        );
        continue;
      }
      const event = events.find((e) => e.eventType === parsed.eventType);
      if (!event) {
        const known = events.map((e) => e.eventType).join(', ');
        findings.push(
          finding('state-unknown-event', { ...base, message: `the spec documents no event "${parsed.eventType}" (known: ${known})` }),
        );
        continue;
      }
      const variant = event.variants.find((v) => v.name === parsed.variant);
      if (!variant) {
        findings.push(
          finding('state-unknown-variant', {
            ...base,
            message: `the spec no longer documents the payload "${parsed.variant}" of ${parsed.eventType} (see \`webhook-contracts verify --list-variants\`)`,
          }),
        );
        continue;
      }
      bound.push({ pact, interaction, state, label, variant });
    }
  }
  return { bound, findings };
}
