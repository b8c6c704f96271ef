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
  /**
   * About this many component schemas in all, shared among the events (see pooledSpec), instead of two of
   * each event's own: how a large provider spec looks (hundreds of events over a few hundred components).
   */
  components?: number;
  /**
   * Documented as a provider's published spec is, so that it passes our lint (`docs --strict` renders it): a
   * description on every property, a summary and operationId on every operation, a licence, and one valid
   * example per event body. With `components` only.
   */
  documented?: boolean;
}

type Obj = Record<string, unknown>;

export function syntheticSpec(n: number, options: SyntheticOptions = {}): Obj {
  if (options.components !== undefined) {
    const spec = pooledSpec(n, options.components, options.variant === 'head');
    return options.documented ? documentedSpec(spec, options.components) : spec;
  }
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
  return { ...document(n, head, schemas), ...eventsOwningTheirSchemas(n, head, schemas) };
}

function eventsOwningTheirSchemas(n: number, head: boolean, schemas: Obj): Obj {
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
  return { webhooks };
}

function document(n: number, head: boolean, schemas: Obj): Obj {
  return {
    openapi: '3.1.0',
    info: { title: `Synthetic webhooks (${n} events)`, version: head ? '1.1.0' : '1.0.0' },
    components: {
      schemas,
      parameters: { Signature: { name: 'X-Signature', in: 'header', required: true, schema: { type: 'string' } } },
    },
  };
}

/**
 * `n` events over a pool of `components - 5` shared parts besides the 5 common schemas: each event's body (inline
 * in its operation) is the envelope, the shared customer and three parts picked by its index, so each part is
 * used by about n / pool events; a third of the parts refer to the next one. `head`: the same changes as above,
 * on the customer, event 0's status, Money's description, and one event added.
 */
function pooledSpec(n: number, components: number, head: boolean): Obj {
  const base = syntheticSpec(0, { variant: head ? 'head' : 'base' }) as { components: { schemas: Obj } };
  const schemas: Obj = { ...base.components.schemas };
  const pool = Math.max(1, components - Object.keys(schemas).length);
  for (let k = 0; k < pool; k++) {
    schemas[`Part${k}`] = {
      type: 'object',
      description: `Shared part ${k}.`,
      required: ['id', 'kind'],
      properties: {
        id: { type: 'string', pattern: '^[a-z]{2}_[0-9a-f]{8}$' },
        kind: { type: 'string', enum: [`kind_${k}_a`, `kind_${k}_b`, `kind_${k}_c`] },
        label: { type: ['string', 'null'], maxLength: 200 },
        created_at: { type: 'string', format: 'date-time' },
        amount: { $ref: '#/components/schemas/Money' },
        tags: { type: 'array', items: { type: 'string' }, maxItems: 20 },
        ...(k % 3 === 0 && k + 1 < pool ? { next: { $ref: `#/components/schemas/Part${k + 1}` } } : {}),
      },
    };
  }
  const part = (k: number) => ({ $ref: `#/components/schemas/Part${k % pool}` });
  const webhooks: Obj = {};
  const body = (i: number): Obj => ({
    allOf: [
      { $ref: '#/components/schemas/Envelope' },
      {
        type: 'object',
        required: ['customer', 'status'],
        properties: {
          customer: { $ref: '#/components/schemas/Customer' },
          status: { type: 'string', enum: ['created', 'updated', ...(head && i === 0 ? ['archived'] : [])] },
          first: part(i),
          second: part(i * 7 + 3),
          third: oneOfNull(part(i * 13 + 5)),
        },
      },
    ],
  });
  for (let i = 0; i < n; i++) webhooks[`synthetic.event_${i}`] = operation(body(i));
  if (head) webhooks['synthetic.added'] = operation(body(1));
  return { ...document(n, head, schemas), webhooks };
}

const oneOfNull = (schema: Obj): Obj => ({ oneOf: [schema, { type: 'null' }] });

function operation(schema: string | Obj): Obj {
  return {
    post: {
      parameters: [{ $ref: '#/components/parameters/Signature' }],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: typeof schema === 'string' ? { $ref: `#/components/schemas/${schema}` } : schema } },
      },
      responses: { '200': { description: 'accepted' } },
    },
  };
}

/**
 * The pooled spec as a provider documents it: every property described, every operation summarised and
 * named, a licence, and an example for every event body (valid against it: lint checks them all).
 */
function documentedSpec(spec: Obj, components: number): Obj {
  const described = describeProperties(spec) as Obj & { info: Obj; webhooks: Record<string, { post: Obj }>; components: { schemas: Obj } };
  for (const [name, schema] of Object.entries(described.components.schemas)) {
    described.components.schemas[name] = { description: `A ${name}.`, ...(schema as Obj) };
  }
  described.info = { ...described.info, license: { name: 'MIT', identifier: 'MIT' } };
  const pool = Math.max(1, components - 5);
  for (const [name, item] of Object.entries(described.webhooks)) {
    const i = name === 'synthetic.added' ? 1 : Number(name.slice('synthetic.event_'.length));
    const media = (item.post.requestBody as { content: Record<string, Obj> }).content['application/json'] as Obj;
    item.post = { summary: `Synthetic event ${name}.`, operationId: name.replace(/\W/g, '_'), ...item.post };
    media.examples = { sent: { summary: 'A delivery', value: exampleBody(i, name, pool) } };
  }
  return described;
}

/** Every schema under `properties` gets a description (beside a `$ref` too, as OpenAPI 3.1 allows). */
function describeProperties(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(describeProperties);
  if (node === null || typeof node !== 'object') return node;
  const copy: Obj = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value !== null && typeof value === 'object') {
      copy[key] = Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [
          name,
          { description: `The ${name.replace(/_/g, ' ')}.`, ...(describeProperties(schema) as Obj) },
        ]),
      );
    } else copy[key] = describeProperties(value);
  }
  return copy;
}

/** A body of event `i` (see pooledSpec's `body`) that its schema accepts. */
function exampleBody(i: number, type: string, pool: number): Obj {
  const part = (k: number): Obj => ({
    id: 'ab_0123abcd',
    kind: `kind_${k % pool}_a`,
    label: null,
    created_at: '2026-01-02T03:04:05Z',
    amount: { amount: 1250, currency: 'EUR' },
    tags: ['synthetic'],
  });
  return {
    id: `evt_${i}`,
    type,
    created_at: '2026-01-02T03:04:05Z',
    customer: { id: 'cust_1', email: 'jane@example.com', name: 'Jane', address: { line: '1 Main St', city: 'Lyon', country: 'FR' } },
    status: 'created',
    first: part(i),
    second: part(i * 7 + 3),
    third: null,
  };
}
