import type { OpenAPIV3_1 } from 'openapi-types';

/** Where a spec names the Pact provider its consumers' pacts are written against. */
export const PACT_PROVIDER_EXTENSION = 'x-pact-provider';

/** The spec's Pact provider name (`info.x-pact-provider`), or undefined when it declares none. */
export function specProvider(document: OpenAPIV3_1.Document): string | undefined {
  const value = (document.info as unknown as Record<string, unknown> | undefined)?.[PACT_PROVIDER_EXTENSION];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Pacts belong to a provider: a pact is read for a spec only when its `provider.name` is the spec's
 * provider. A spec that names no provider reads every pact (then whether they cover any of its events
 * decides whether consumers were checked at all).
 */
export function belongsToProvider(pactProvider: unknown, provider: string | undefined): boolean {
  return provider === undefined || pactProvider === provider;
}
