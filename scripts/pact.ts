/**
 * `webhook-contracts/pact`: what a consumer team outside this repository needs to write pacts that
 * `webhook-contracts verify` can check (docs/guides/receiving.md, "Pact for a team outside this repository"):
 * provider state names (`stateName(eventType, variant)`, the variants `verify --list-variants` prints) and
 * message templates from a typed example. Loads Pact; the library entry (`webhook-contracts`) does not.
 */
export { template } from './tools/contracts/message-template.js';
export { DOCUMENTED, parseState, stateName } from './tools/contracts/state.js';
