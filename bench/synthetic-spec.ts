/**
 * A synthetic OpenAPI 3.1 webhooks spec with `n` events, for benchmarks (and anyone needing a big spec).
 * Every event has its own payload schema (an `allOf` of a shared envelope and its own fields) that refers
 * to shared components (customer, address, money, a recursive category tree) and to a small distinct one.
 * `variant: 'head'` applies a few review-like changes to the `base` spec:
 * - a required field removed from the shared `Customer` (breaking, one change listing every event),
 * - an enum value added to event 0's own `status` (warning),
 * - a description edited on the shared `Money` (info),
 * - a new event `synthetic.added` (info).
 */
export interface SyntheticOptions {
  variant?: 'base' | 'head';
}

type Obj = Record<string, unknown>;

export function syntheticSpec(n: number, options: SyntheticOptions = {}): Obj {
  const head = options.variant === 'head';
  const schemas: Obj = {
    Envelope: {
      type: 'object',
      required: ['id', 'type', 'created_at'],
      properties: { id: { type: 'string' }, type: { type: 'string' }, created_at: { type: 'string', format: 'date-time' } },
    },
    Address: {
      type: 'object',
      properties: { line: { type: 'string' }, city: { type: 'string' }, country: { type: 'string', minLength: 2, maxLength: 2 } },
    },
    Customer: {
      type: 'object',
      required: head ? ['id'] : ['id', 'email'],
      properties: {
        id: { type: 'string' },
        ...(head ? {} : { email: { type: 'string', format: 'email' } }),
        name: { type: ['string', 'null'] },
        address: { $ref: '#/components/schemas/Address' },
      },
    },
    Money: {
      type: 'object',
      description: head ? 'An amount in the smallest unit of a currency.' : 'An amount of money.',
      required: ['amount', 'currency'],
      properties: { amount: { type: 'integer', minimum: 0 }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } },
    },
    Category: {
      type: 'object',
      properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Category' } } },
    },
  };
  const webhooks: Obj = {};
  for (let i = 0; i < n; i++) {
    const statuses = ['created', 'updated', ...(head && i === 0 ? ['archived'] : [])];
    schemas[`Event${i}Detail`] = { type: 'object', properties: { code: { type: 'string' }, count: { type: 'integer' } } };
    schemas[`Event${i}Data`] = {
      allOf: [
        { $ref: '#/components/schemas/Envelope' },
        {
          type: 'object',
          required: ['customer', 'status'],
          properties: {
            customer: { $ref: '#/components/schemas/Customer' },
            total: { oneOf: [{ $ref: '#/components/schemas/Money' }, { type: 'null' }] },
            status: { type: 'string', enum: statuses },
            category: { $ref: '#/components/schemas/Category' },
            detail: { $ref: `#/components/schemas/Event${i}Detail` },
            items: {
              type: 'array',
              items: { type: 'object', properties: { sku: { type: 'string' }, price: { $ref: '#/components/schemas/Money' } } },
            },
          },
        },
      ],
    };
    webhooks[`synthetic.event_${i}`] = operation(`Event${i}Data`);
  }
  if (head) webhooks['synthetic.added'] = operation('Event0Data');
  return {
    openapi: '3.1.0',
    info: { title: `Synthetic webhooks (${n} events)`, version: head ? '1.1.0' : '1.0.0' },
    webhooks,
    components: {
      schemas,
      parameters: { Signature: { name: 'X-Signature', in: 'header', required: true, schema: { type: 'string' } } },
    },
  };
}

function operation(schema: string): Obj {
  return {
    post: {
      parameters: [{ $ref: '#/components/parameters/Signature' }],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } },
      responses: { '200': { description: 'accepted' } },
    },
  };
}
