/**
 * Provider states name an event type and a payload variant: `customer.reward_redemptions.completed: customer.email is null`.
 * Consumers write them (through their shared constants), `verify` reads them to produce that exact payload.
 */
export const DOCUMENTED = 'documented example';

export function stateName(eventType: string, variant: string): string {
  return `${eventType}: ${variant}`;
}

export function parseState(state: string): { eventType: string; variant: string } | undefined {
  const at = state.indexOf(': ');
  if (at <= 0) return undefined;
  return { eventType: state.slice(0, at), variant: state.slice(at + 2) };
}

/** `['a', 'b', 0, 'c']` → `a.b[0].c`, the path notation of variant names and findings. */
export function dotted(path: readonly (string | number)[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text || '(body)';
}
