import { type Case, REMOVE } from '../../../helpers/diff-pair.js';

/** Payload schema pairs: the body is read by consumers, so widening breaks and narrowing is safe. */
export const SCHEMA_PAIRS: Record<string, Case> = {
  'no-change': { head: {}, want: [] },
  'ref-renamed': {
    head: {
      '/webhooks/order.created/post/requestBody/content/application~1json/schema/$ref': '#/components/schemas/Purchase',
      '/components/schemas/Order': REMOVE,
      '/components/schemas/Purchase': {
        type: 'object',
        required: ['id', 'status'],
        properties: {
          id: { type: 'string', maxLength: 20, pattern: '^ord_', description: 'Order id.' },
          status: { type: 'string', enum: ['new', 'paid'] },
          note: { type: 'string', format: 'email' },
          amount: { type: 'integer', minimum: 0 },
        },
      },
    },
    want: [],
  },
  'ref-extracted': {
    base: { '/components/schemas/Order/properties/customer': { type: 'object', properties: { email: { type: 'string' } } } },
    head: {
      '/components/schemas/Order/properties/customer': { $ref: '#/components/schemas/Customer' },
      '/components/schemas/Customer': { type: 'object', properties: { email: { type: 'string' } } },
    },
    want: [],
  },
  'keys-reordered': {
    head: {
      '/components/schemas/Order': {
        properties: {
          amount: { type: 'integer', minimum: 0 },
          note: { type: 'string', format: 'email' },
          status: { type: 'string', enum: ['new', 'paid'] },
          id: { type: 'string', maxLength: 20, pattern: '^ord_', description: 'Order id.' },
        },
        required: ['id', 'status'],
        type: 'object',
      },
    },
    want: [],
  },
  'equivalent-allof': {
    head: {
      '/components/schemas/Order': {
        allOf: [
          { $ref: '#/components/schemas/OrderBase' },
          {
            type: 'object',
            required: ['status'],
            properties: {
              status: { type: 'string', enum: ['new', 'paid'] },
              note: { type: 'string', format: 'email' },
              amount: { type: 'integer', minimum: 0 },
            },
          },
        ],
      },
      '/components/schemas/OrderBase': {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string', maxLength: 20, pattern: '^ord_', description: 'Order id.' } },
      },
    },
    want: [],
  },
  'single-branch-allof': {
    head: { '/components/schemas/Order/properties/note': { allOf: [{ type: 'string', format: 'email' }] } },
    want: [],
  },
  'nullable-type-list-vs-oneof': {
    base: { '/components/schemas/Order/properties/note': { type: ['string', 'null'] } },
    head: { '/components/schemas/Order/properties/note': { oneOf: [{ type: 'string' }, { type: 'null' }] } },
    want: [],
  },
  'nullable-type-list-vs-anyof': {
    base: { '/components/schemas/Order/properties/note': { type: ['string', 'null'] } },
    head: { '/components/schemas/Order/properties/note': { anyOf: [{ type: 'null' }, { type: 'string' }] } },
    want: [],
  },
  'nullable-enum-forms': {
    base: { '/components/schemas/Order/properties/status': { type: ['string', 'null'], enum: ['new', 'paid', null] } },
    head: { '/components/schemas/Order/properties/status': { oneOf: [{ type: 'string', enum: ['paid', 'new'] }, { type: 'null' }] } },
    want: [],
  },
  'nullable-ref-oneof-vs-anyof': {
    base: {
      '/components/schemas/Order/properties/total': { oneOf: [{ $ref: '#/components/schemas/Money' }, { type: 'null' }] },
      '/components/schemas/Money': { type: 'object', properties: { value: { type: 'integer' } } },
    },
    head: { '/components/schemas/Order/properties/total': { anyOf: [{ $ref: '#/components/schemas/Money' }, { type: 'null' }] } },
    want: [],
  },
  'recursive-unchanged': {
    base: {
      '/components/schemas/Order/properties/category': { $ref: '#/components/schemas/Category' },
      '/components/schemas/Category': {
        type: 'object',
        properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Category' } } },
      },
    },
    head: {},
    want: [],
  },
  'optional-property-removed': {
    head: { '/components/schemas/Order/properties/note': REMOVE },
    want: [['optional-property-removed', 'warning', '/note']],
  },
  'property-became-optional': {
    head: { '/components/schemas/Order/required': ['id'] },
    want: [['property-became-optional', 'breaking', '/status']],
  },
  'property-became-required': {
    head: { '/components/schemas/Order/required': ['id', 'status', 'note'] },
    want: [['property-became-required', 'info', '/note']],
  },
  'required-property-added': {
    head: {
      '/components/schemas/Order/required': ['id', 'status', 'currency'],
      '/components/schemas/Order/properties/currency': { type: 'string' },
    },
    want: [['required-property-added', 'info', '/currency']],
  },
  'optional-property-added': {
    head: { '/components/schemas/Order/properties/currency': { type: 'string' } },
    want: [['optional-property-added', 'info', '/currency']],
  },
  'property-added-to-closed-object': {
    base: { '/components/schemas/Order/additionalProperties': false },
    head: { '/components/schemas/Order/properties/currency': { type: 'string' } },
    want: [['property-added-to-closed-object', 'warning', '/currency']],
  },
  'additional-properties-allowed': {
    base: { '/components/schemas/Order/additionalProperties': false },
    head: { '/components/schemas/Order/additionalProperties': REMOVE },
    want: [['additional-properties-allowed', 'warning', '']],
  },
  'additional-properties-disallowed': {
    head: { '/components/schemas/Order/additionalProperties': false },
    want: [['additional-properties-disallowed', 'info', '']],
  },
  'property-schema-removed': {
    head: { '/components/schemas/Order/properties/status': REMOVE },
    want: [['type-widened', 'breaking', '/status']],
  },
  'type-changed': { head: { '/components/schemas/Order/properties/id/type': 'integer' }, want: [['type-changed', 'breaking', '/id']] },
  'type-widened': {
    head: { '/components/schemas/Order/properties/amount/type': 'number' },
    want: [['type-widened', 'breaking', '/amount']],
  },
  'type-widened-to-list': {
    head: { '/components/schemas/Order/properties/amount/type': ['integer', 'string'] },
    want: [['type-widened', 'breaking', '/amount']],
  },
  'type-narrowed': {
    base: { '/components/schemas/Order/properties/amount/type': 'number' },
    head: { '/components/schemas/Order/properties/amount/type': 'integer' },
    want: [['type-narrowed', 'info', '/amount']],
  },
  'null-allowed': {
    head: { '/components/schemas/Order/properties/amount/type': ['integer', 'null'] },
    want: [['null-allowed', 'breaking', '/amount']],
  },
  'null-allowed-by-oneof': {
    head: { '/components/schemas/Order/properties/amount': { oneOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] } },
    want: [['null-allowed', 'breaking', '/amount']],
  },
  'null-disallowed': {
    base: { '/components/schemas/Order/properties/amount/type': ['integer', 'null'] },
    head: { '/components/schemas/Order/properties/amount/type': 'integer' },
    want: [['null-disallowed', 'info', '/amount']],
  },
  'enum-value-added': {
    head: { '/components/schemas/Order/properties/status/enum': ['new', 'paid', 'refunded'] },
    want: [['enum-value-added', 'warning', '/status']],
  },
  'enum-value-removed': {
    head: { '/components/schemas/Order/properties/status/enum': ['new'] },
    want: [['enum-value-removed', 'info', '/status']],
  },
  'enum-removed': { head: { '/components/schemas/Order/properties/status/enum': REMOVE }, want: [['enum-removed', 'breaking', '/status']] },
  'enum-added': { head: { '/components/schemas/Order/properties/note/enum': ['a@example.com'] }, want: [['enum-added', 'info', '/note']] },
  'const-changed': {
    base: { '/components/schemas/Order/properties/kind': { const: 'order' } },
    head: { '/components/schemas/Order/properties/kind/const': 'purchase' },
    want: [['const-changed', 'breaking', '/kind']],
  },
  'const-removed': {
    base: { '/components/schemas/Order/properties/kind': { type: 'string', const: 'order' } },
    head: { '/components/schemas/Order/properties/kind/const': REMOVE },
    want: [['const-removed', 'breaking', '/kind']],
  },
  'bound-loosened-minimum-removed': {
    head: { '/components/schemas/Order/properties/amount/minimum': REMOVE },
    want: [['bound-loosened', 'breaking', '/amount']],
  },
  'bound-tightened': { head: { '/components/schemas/Order/properties/id/maxLength': 10 }, want: [['bound-tightened', 'info', '/id']] },
  'pattern-changed': {
    head: { '/components/schemas/Order/properties/id/pattern': '^order_' },
    want: [['pattern-changed', 'warning', '/id']],
  },
  'pattern-removed': {
    head: { '/components/schemas/Order/properties/id/pattern': REMOVE },
    want: [['pattern-removed', 'breaking', '/id']],
  },
  'format-changed': { head: { '/components/schemas/Order/properties/note/format': 'uri' }, want: [['format-changed', 'warning', '/note']] },
  'format-removed': {
    head: { '/components/schemas/Order/properties/note/format': REMOVE },
    want: [['format-removed', 'breaking', '/note']],
  },
  'variant-added': {
    base: {
      '/components/schemas/Order/properties/ref': {
        oneOf: [{ type: 'string' }, { type: 'object', properties: { id: { type: 'string' } } }],
      },
    },
    head: {
      '/components/schemas/Order/properties/ref/oneOf': [
        { type: 'string' },
        { type: 'object', properties: { id: { type: 'string' } } },
        { type: 'array', items: { type: 'string' } },
      ],
    },
    want: [['variant-added', 'breaking', '/ref']],
  },
  'variant-added-to-plain-schema': {
    head: {
      '/components/schemas/Order/properties/amount': {
        oneOf: [
          { type: 'integer', minimum: 0 },
          { type: 'string', pattern: '^[0-9]+$' },
        ],
      },
    },
    want: [['variant-added', 'breaking', '/amount']],
  },
  'discriminated-variant-added': {
    base: {
      '/components/schemas/Order/properties/payment': {
        oneOf: [{ $ref: '#/components/schemas/Card' }, { $ref: '#/components/schemas/Bank' }],
      },
      '/components/schemas/Card': {
        type: 'object',
        required: ['kind'],
        properties: { kind: { const: 'card' }, last4: { type: 'string' } },
      },
      '/components/schemas/Bank': { type: 'object', required: ['kind'], properties: { kind: { const: 'bank' }, iban: { type: 'string' } } },
      '/components/schemas/Wallet': {
        type: 'object',
        required: ['kind'],
        properties: { kind: { const: 'wallet' }, provider: { type: 'string' } },
      },
    },
    head: {
      '/components/schemas/Order/properties/payment/oneOf': [
        { $ref: '#/components/schemas/Card' },
        { $ref: '#/components/schemas/Bank' },
        { $ref: '#/components/schemas/Wallet' },
      ],
    },
    want: [['discriminated-variant-added', 'warning', '/payment']],
  },
  'variant-removed': {
    base: {
      '/components/schemas/Order/properties/payment': {
        oneOf: [{ $ref: '#/components/schemas/Card' }, { $ref: '#/components/schemas/Bank' }, { $ref: '#/components/schemas/Wallet' }],
      },
      '/components/schemas/Card': {
        type: 'object',
        required: ['kind'],
        properties: { kind: { const: 'card' }, last4: { type: 'string' } },
      },
      '/components/schemas/Bank': { type: 'object', required: ['kind'], properties: { kind: { const: 'bank' }, iban: { type: 'string' } } },
      '/components/schemas/Wallet': {
        type: 'object',
        required: ['kind'],
        properties: { kind: { const: 'wallet' }, provider: { type: 'string' } },
      },
    },
    head: {
      '/components/schemas/Order/properties/payment/oneOf': [{ $ref: '#/components/schemas/Card' }, { $ref: '#/components/schemas/Bank' }],
    },
    want: [['variant-removed', 'info', '/payment']],
  },
  'variant-changed-inside': {
    base: {
      '/components/schemas/Order/properties/payment': {
        oneOf: [{ $ref: '#/components/schemas/Card' }, { $ref: '#/components/schemas/Bank' }],
      },
      '/components/schemas/Card': {
        type: 'object',
        required: ['kind'],
        properties: { kind: { const: 'card' }, last4: { type: 'string' } },
      },
      '/components/schemas/Bank': { type: 'object', required: ['kind'], properties: { kind: { const: 'bank' }, iban: { type: 'string' } } },
      '/components/schemas/Wallet': {
        type: 'object',
        required: ['kind'],
        properties: { kind: { const: 'wallet' }, provider: { type: 'string' } },
      },
    },
    head: { '/components/schemas/Bank/properties/iban/type': 'integer' },
    want: [['type-changed', 'breaking', '/payment/iban']],
  },
  'array-item-type-changed': {
    base: {
      '/components/schemas/Order/properties/lines': { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' } } } },
    },
    head: { '/components/schemas/Order/properties/lines/items/properties/sku/type': 'integer' },
    want: [['type-changed', 'breaking', '/lines/*/sku']],
  },
  'recursive-changed': {
    base: {
      '/components/schemas/Order/properties/category': { $ref: '#/components/schemas/Category' },
      '/components/schemas/Category': {
        type: 'object',
        properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Category' } } },
      },
    },
    head: { '/components/schemas/Category/properties/name/type': 'integer' },
    want: [['type-changed', 'breaking', '/category/name']],
  },
  'description-changed': {
    head: { '/components/schemas/Order/properties/id/description': 'The order id.' },
    want: [['description-changed', 'info', '/id']],
  },
  'examples-changed': {
    head: { '/components/schemas/Order/properties/id/examples': ['ord_1'] },
    want: [['examples-changed', 'info', '/id']],
  },
  'deprecated-changed': {
    head: { '/components/schemas/Order/properties/note/deprecated': true },
    want: [['deprecated-changed', 'info', '/note']],
  },
  'ref-sibling-description': {
    base: { '/components/schemas/Order/properties/ref': { $ref: '#/components/parameters/Signature/schema', description: 'a' } },
    head: { '/components/schemas/Order/properties/ref/description': 'b' },
    want: [['description-changed', 'info', '/ref']],
  },
  'shared-component-per-usage': {
    base: {
      '/webhooks/order.created/post/responses/200/content': { 'application/json': { schema: { $ref: '#/components/schemas/Ack' } } },
      '/components/schemas/Order/properties/last_ack': { $ref: '#/components/schemas/Ack' },
      '/components/schemas/Ack': {
        type: 'object',
        required: ['status'],
        properties: { status: { type: 'string', enum: ['ok', 'retry'] }, reason: { type: 'string' } },
      },
    },
    head: { '/components/schemas/Ack/properties/status/enum': ['ok'] },
    want: [
      ['response-enum-value-removed', 'breaking', '#/components/schemas/Ack/properties/status'],
      ['enum-value-removed', 'info', '/last_ack/status'],
    ],
  },
  'attribution-unread-field': {
    base: {
      '/webhooks/order.created': REMOVE,
      '/webhooks/order.paid': {
        post: {
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } },
          responses: { '200': { description: 'accepted' } },
        },
      },
      '/components/parameters': REMOVE,
      '/components/schemas/Order': {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string' },
          status: { type: 'string' },
          note: { type: 'string' },
          customer: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
          campaign: { type: 'object', properties: { name: { type: 'string' } } },
        },
      },
    },
    head: {
      '/components/schemas/Order/properties/customer/properties/name/type': ['string', 'null'],
      '/components/schemas/Order/properties/campaign/properties/name/type': ['string', 'null'],
    },
    want: [
      ['null-allowed', 'breaking', '/customer/name'],
      ['null-allowed', 'breaking', '/campaign/name'],
    ],
  },
  'shared-component-every-pointer': {
    base: {
      '/webhooks/order.created/post/parameters': REMOVE,
      '/webhooks/order.paid': {
        post: {
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } },
          responses: { '200': { description: 'accepted' } },
        },
      },
      '/components/parameters': REMOVE,
      '/components/schemas/Order': {
        type: 'object',
        properties: {
          tracking: { $ref: '#/components/schemas/Tracking' },
          events: { type: 'array', items: { type: 'object', properties: { tracking_data: { $ref: '#/components/schemas/Tracking' } } } },
        },
      },
      '/components/schemas/Tracking': { type: 'object', properties: { status: { type: 'string', enum: ['sent', 'delivered'] } } },
    },
    head: { '/components/schemas/Tracking/properties/status/enum': ['sent', 'delivered', 'lost'] },
    want: [['enum-value-added', 'warning', '/tracking/status']],
  },
};
