// The consumers' message templates: the toolkit's own helper, which outside teams import as `webhook-contracts/pact`.
export { template } from 'webhook-contracts/pact';
