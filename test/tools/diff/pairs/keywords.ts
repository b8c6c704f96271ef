import { type Case, REMOVE } from '../../../helpers/diff-pair.js';

/** One pair per JSON Schema / OpenAPI keyword row of docs/reference/diff-rules.md (the `keyword` skeleton: pairs add `Order.x`). */
export const KEYWORD_PAIRS: Record<string, Case> = {
  'kw-additional-properties-schema-changed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': {
        type: 'object',
        properties: { a: { type: 'string' } },
        additionalProperties: { type: 'string' },
      },
    },
    head: { '/components/schemas/Order/properties/x/additionalProperties/type': 'integer' },
    want: [['type-changed', 'breaking', '/x/*']],
  },
  'kw-additional-properties-schema-to-false': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': {
        type: 'object',
        properties: { a: { type: 'string' } },
        additionalProperties: { type: 'string' },
      },
    },
    head: { '/components/schemas/Order/properties/x/additionalProperties': false },
    want: [['additional-properties-disallowed', 'info', '/x']],
  },
  'kw-allof-constraint-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } } } },
    head: { '/components/schemas/Order/properties/x/allOf': [{ required: ['a'] }] },
    want: [['property-became-required', 'info', '/x/a']],
  },
  'kw-anyof-branch-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { anyOf: [{ type: 'string' }, { type: 'number' }] } },
    head: { '/components/schemas/Order/properties/x/anyOf': [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    want: [['variant-added', 'breaking', '/x']],
  },
  'kw-anyof-branch-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { anyOf: [{ type: 'string' }, { type: 'number' }] } },
    head: { '/components/schemas/Order/properties/x/anyOf': [{ type: 'string' }] },
    want: [['variant-removed', 'info', '/x']],
  },
  'kw-body-optional': {
    spec: 'keyword',
    head: { '/webhooks/order.created/post/requestBody/required': false },
    want: [['payload-became-optional', 'breaking', '#/webhooks/order.created/post/requestBody/content/application~1json']],
  },
  'kw-body-required': {
    spec: 'keyword',
    base: { '/webhooks/order.created/post/requestBody/required': false },
    head: { '/webhooks/order.created/post/requestBody/required': true },
    want: [['payload-became-required', 'info', '#/webhooks/order.created/post/requestBody/content/application~1json']],
  },
  'kw-const-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string' } },
    head: { '/components/schemas/Order/properties/x/const': 'a' },
    want: [['const-added', 'info', '/x']],
  },
  'kw-const-disjoint-enum': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', enum: ['a', 'b'] } },
    head: { '/components/schemas/Order/properties/x/enum': ['c', 'd'] },
    want: [['const-changed', 'breaking', '/x']],
  },
  'kw-contains-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', items: { type: 'string' } } },
    head: { '/components/schemas/Order/properties/x/contains': { const: 'a' } },
    want: [['constraint-added', 'info', '/x']],
  },
  'kw-contains-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', items: { type: 'string' }, contains: { const: 'a' } } },
    head: { '/components/schemas/Order/properties/x/contains/const': 'b' },
    want: [['constraint-changed', 'warning', '/x']],
  },
  'kw-contains-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', items: { type: 'string' }, contains: { const: 'a' } } },
    head: { '/components/schemas/Order/properties/x/contains': REMOVE },
    want: [['constraint-removed', 'breaking', '/x']],
  },
  'kw-content-encoding-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string' } },
    head: { '/components/schemas/Order/properties/x/contentEncoding': 'base64' },
    want: [['content-changed', 'warning', '/x']],
  },
  'kw-content-media-type-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', contentMediaType: 'application/json' } },
    head: { '/components/schemas/Order/properties/x/contentMediaType': 'application/xml' },
    want: [['content-changed', 'warning', '/x']],
  },
  'kw-content-schema-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', contentMediaType: 'application/json' } },
    head: { '/components/schemas/Order/properties/x/contentSchema': { type: 'object', properties: { a: { type: 'string' } } } },
    want: [['content-changed', 'warning', '/x']],
  },
  'kw-core-annotations-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', $comment: 'one' } },
    head: { '/components/schemas/Order/properties/x': { type: 'string', $comment: 'two', $anchor: 'x', $id: 'https://example.com/x' } },
    want: [],
  },
  'kw-default-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', default: 'a' } },
    head: { '/components/schemas/Order/properties/x/default': 'b' },
    want: [['default-changed', 'info', '/x']],
  },
  'kw-defs-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string' } },
    head: { '/components/schemas/Order/properties/x/$defs': { Unused: { type: 'number' } } },
    want: [],
  },
  'kw-dependent-required-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } } } },
    head: { '/components/schemas/Order/properties/x/dependentRequired': { a: ['b'] } },
    want: [['constraint-added', 'info', '/x']],
  },
  'kw-dependent-required-changed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } }, dependentRequired: { a: ['b'] } },
    },
    head: { '/components/schemas/Order/properties/x/dependentRequired/a': ['c'] },
    want: [['constraint-changed', 'warning', '/x']],
  },
  'kw-dependent-required-removed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } }, dependentRequired: { a: ['b'] } },
    },
    head: { '/components/schemas/Order/properties/x/dependentRequired': REMOVE },
    want: [['constraint-removed', 'breaking', '/x']],
  },
  'kw-dependent-schemas-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } } } },
    head: { '/components/schemas/Order/properties/x/dependentSchemas': { a: { required: ['b'] } } },
    want: [['constraint-added', 'info', '/x']],
  },
  'kw-dependent-schemas-removed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': {
        type: 'object',
        properties: { a: { type: 'string' } },
        dependentSchemas: { a: { required: ['b'] } },
      },
    },
    head: { '/components/schemas/Order/properties/x/dependentSchemas': REMOVE },
    want: [['constraint-removed', 'breaking', '/x']],
  },
  'kw-discriminator-added': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': {
        oneOf: [
          { type: 'object', properties: { k: { const: 'a' } } },
          { type: 'object', properties: { k: { const: 'b' } } },
        ],
      },
    },
    head: { '/components/schemas/Order/properties/x/discriminator': { propertyName: 'k' } },
    want: [['discriminator-added', 'info', '/x']],
  },
  'kw-discriminator-changed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': {
        oneOf: [
          { type: 'object', properties: { k: { const: 'a' }, t: { const: 'a' } } },
          { type: 'object', properties: { k: { const: 'b' }, t: { const: 'b' } } },
        ],
        discriminator: { propertyName: 'k' },
      },
    },
    head: { '/components/schemas/Order/properties/x/discriminator/propertyName': 't' },
    want: [['discriminator-changed', 'breaking', '/x']],
  },
  'kw-discriminator-removed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': {
        oneOf: [
          { type: 'object', properties: { k: { const: 'a' } } },
          { type: 'object', properties: { k: { const: 'b' } } },
        ],
        discriminator: { propertyName: 'k' },
      },
    },
    head: { '/components/schemas/Order/properties/x/discriminator': REMOVE },
    want: [['discriminator-removed', 'warning', '/x']],
  },
  'kw-dynamic-anchor-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string' } },
    head: { '/components/schemas/Order/properties/x/$dynamicAnchor': 'node' },
    want: [],
  },
  'kw-dynamic-ref-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { $dynamicRef: '#node' } },
    head: { '/components/schemas/Order/properties/x/$dynamicRef': '#leaf' },
    want: [['constraint-changed', 'warning', '/x']],
  },
  'kw-else-added': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': {
        type: 'object',
        properties: { a: { type: 'string' } },
        if: { required: ['a'] },
        // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here
        then: { required: ['b'] },
      },
    },
    head: { '/components/schemas/Order/properties/x/else': { required: ['c'] } },
    want: [['constraint-changed', 'warning', '/x']],
  },
  'kw-enum-as-const': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', enum: ['a'] } },
    head: { '/components/schemas/Order/properties/x': { type: 'string', const: 'a' } },
    want: [],
  },
  'kw-enum-made-extensible': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', enum: ['a', 'b'] } },
    head: { '/components/schemas/Order/properties/x': { type: 'string', 'x-extensible-enum': ['a', 'b'] } },
    want: [['enum-made-extensible', 'warning', '/x']],
  },
  'kw-example-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', example: 'a' } },
    head: { '/components/schemas/Order/properties/x/example': 'b' },
    want: [['examples-changed', 'info', '/x']],
  },
  'kw-exclusive-maximum-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'number' } },
    head: { '/components/schemas/Order/properties/x/exclusiveMaximum': 10 },
    want: [['bound-tightened', 'info', '/x']],
  },
  'kw-exclusive-maximum-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'number', exclusiveMaximum: 10 } },
    head: { '/components/schemas/Order/properties/x': { type: 'number' } },
    want: [['bound-loosened', 'breaking', '/x']],
  },
  'kw-exclusive-minimum-made-inclusive': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'number', exclusiveMinimum: 0 } },
    head: { '/components/schemas/Order/properties/x': { type: 'number', minimum: 0 } },
    want: [['bound-loosened', 'breaking', '/x']],
  },
  'kw-extensible-enum-value-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', 'x-extensible-enum': ['a'] } },
    head: { '/components/schemas/Order/properties/x/x-extensible-enum': ['a', 'b'] },
    want: [['extensible-enum-value-added', 'info', '/x']],
  },
  'kw-extensible-enum-value-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', 'x-extensible-enum': ['a', 'b'] } },
    head: { '/components/schemas/Order/properties/x/x-extensible-enum': ['a'] },
    want: [['extensible-enum-value-removed', 'info', '/x']],
  },
  'kw-external-docs-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', externalDocs: { url: 'https://a.example' } } },
    head: { '/components/schemas/Order/properties/x/externalDocs/url': 'https://b.example' },
    want: [],
  },
  'kw-format-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string' } },
    head: { '/components/schemas/Order/properties/x/format': 'uuid' },
    want: [['format-added', 'info', '/x']],
  },
  'kw-format-date-time-to-date': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', format: 'date-time' } },
    head: { '/components/schemas/Order/properties/x/format': 'date' },
    want: [['format-disjoint', 'breaking', '/x']],
  },
  'kw-format-int32-to-int64': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'integer', format: 'int32' } },
    head: { '/components/schemas/Order/properties/x/format': 'int64' },
    want: [['format-widened', 'breaking', '/x']],
  },
  'kw-format-int64-to-int32': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'integer', format: 'int64' } },
    head: { '/components/schemas/Order/properties/x/format': 'int32' },
    want: [['format-narrowed', 'info', '/x']],
  },
  'kw-format-uri-to-iri-reference': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', format: 'uri' } },
    head: { '/components/schemas/Order/properties/x/format': 'iri-reference' },
    want: [['format-widened', 'breaking', '/x']],
  },
  'kw-header-added': {
    spec: 'keyword',
    head: {
      '/webhooks/order.created/post/parameters': [
        { $ref: '#/components/parameters/Signature' },
        { name: 'X-Request-Id', in: 'header', schema: { type: 'string' } },
      ],
    },
    want: [['header-added', 'info', '#/webhooks/order.created/post/parameters/1']],
  },
  'kw-header-became-required': {
    spec: 'keyword',
    base: {
      '/webhooks/order.created/post/parameters': [
        { $ref: '#/components/parameters/Signature' },
        { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
      ],
    },
    head: {
      '/webhooks/order.created/post/parameters': [
        { $ref: '#/components/parameters/Signature' },
        { name: 'X-Trace', in: 'header', schema: { type: 'string' }, required: true },
      ],
    },
    want: [['header-became-required', 'info', '#/webhooks/order.created/post/parameters/1']],
  },
  'kw-header-removed': {
    spec: 'keyword',
    base: {
      '/webhooks/order.created/post/parameters': [
        { $ref: '#/components/parameters/Signature' },
        { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
      ],
    },
    head: { '/webhooks/order.created/post/parameters': [{ $ref: '#/components/parameters/Signature' }] },
    want: [['header-removed', 'breaking', '#/webhooks/order.created/post/parameters']],
  },
  'kw-if-then-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } } } },
    head: {
      '/components/schemas/Order/properties/x/if': { required: ['a'] },
      '/components/schemas/Order/properties/x/then': { required: ['b'] },
    },
    want: [['constraint-added', 'info', '/x']],
  },
  'kw-if-then-removed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': {
        type: 'object',
        properties: { a: { type: 'string' } },
        if: { required: ['a'] },
        // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here
        then: { required: ['b'] },
      },
    },
    head: { '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } } } },
    want: [['constraint-removed', 'breaking', '/x']],
  },
  'kw-max-contains-removed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': { type: 'array', items: { type: 'string' }, contains: { type: 'string' }, maxContains: 2 },
    },
    head: { '/components/schemas/Order/properties/x/maxContains': REMOVE },
    want: [['bound-loosened', 'breaking', '/x']],
  },
  'kw-max-items-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', items: { type: 'string' } } },
    head: { '/components/schemas/Order/properties/x/maxItems': 5 },
    want: [['bound-tightened', 'info', '/x']],
  },
  'kw-max-properties-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } } } },
    head: { '/components/schemas/Order/properties/x/maxProperties': 3 },
    want: [['bound-tightened', 'info', '/x']],
  },
  'kw-maximum-lowered': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'number', maximum: 10 } },
    head: { '/components/schemas/Order/properties/x/maximum': 5 },
    want: [['bound-tightened', 'info', '/x']],
  },
  'kw-maximum-made-exclusive': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'number', maximum: 10 } },
    head: { '/components/schemas/Order/properties/x': { type: 'number', exclusiveMaximum: 10 } },
    want: [['bound-tightened', 'info', '/x']],
  },
  'kw-maximum-raised': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'number', maximum: 10 } },
    head: { '/components/schemas/Order/properties/x/maximum': 20 },
    want: [['bound-loosened', 'breaking', '/x']],
  },
  'kw-media-type-added': {
    spec: 'keyword',
    head: { '/webhooks/order.created/post/requestBody/content/application~1xml': { schema: { type: 'string' } } },
    want: [['media-type-added', 'breaking', '#/webhooks/order.created/post/requestBody/content/application~1json']],
  },
  'kw-media-type-removed': {
    spec: 'keyword',
    base: { '/webhooks/order.created/post/requestBody/content/application~1x-www-form-urlencoded': { schema: { type: 'string' } } },
    head: { '/webhooks/order.created/post/requestBody/content/application~1x-www-form-urlencoded': REMOVE },
    want: [['media-type-removed', 'info', '#/webhooks/order.created/post/requestBody/content/application~1json']],
  },
  'kw-min-contains-raised': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': { type: 'array', items: { type: 'string' }, contains: { type: 'string' }, minContains: 1 },
    },
    head: { '/components/schemas/Order/properties/x/minContains': 2 },
    want: [['bound-tightened', 'info', '/x']],
  },
  'kw-min-items-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', items: { type: 'string' }, minItems: 1 } },
    head: { '/components/schemas/Order/properties/x/minItems': REMOVE },
    want: [['bound-loosened', 'breaking', '/x']],
  },
  'kw-min-length-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string' } },
    head: { '/components/schemas/Order/properties/x/minLength': 1 },
    want: [['bound-tightened', 'info', '/x']],
  },
  'kw-min-length-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', minLength: 1 } },
    head: { '/components/schemas/Order/properties/x/minLength': REMOVE },
    want: [['bound-loosened', 'breaking', '/x']],
  },
  'kw-min-properties-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } }, minProperties: 1 } },
    head: { '/components/schemas/Order/properties/x/minProperties': REMOVE },
    want: [['bound-loosened', 'breaking', '/x']],
  },
  'kw-minimum-raised': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'number', minimum: 0 } },
    head: { '/components/schemas/Order/properties/x/minimum': 1 },
    want: [['bound-tightened', 'info', '/x']],
  },
  'kw-multiple-of-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'number' } },
    head: { '/components/schemas/Order/properties/x/multipleOf': 2 },
    want: [['bound-tightened', 'info', '/x']],
  },
  'kw-multiple-of-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'number', multipleOf: 2 } },
    head: { '/components/schemas/Order/properties/x/multipleOf': 3 },
    want: [['bound-loosened', 'breaking', '/x']],
  },
  'kw-multiple-of-narrowed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'number', multipleOf: 2 } },
    head: { '/components/schemas/Order/properties/x/multipleOf': 4 },
    want: [['bound-tightened', 'info', '/x']],
  },
  'kw-multiple-of-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'number', multipleOf: 2 } },
    head: { '/components/schemas/Order/properties/x': { type: 'number' } },
    want: [['bound-loosened', 'breaking', '/x']],
  },
  'kw-multiple-of-widened': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'number', multipleOf: 4 } },
    head: { '/components/schemas/Order/properties/x/multipleOf': 2 },
    want: [['bound-loosened', 'breaking', '/x']],
  },
  'kw-not-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string' } },
    head: { '/components/schemas/Order/properties/x/not': { const: '' } },
    want: [['constraint-added', 'info', '/x']],
  },
  'kw-not-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', not: { const: '' } } },
    head: { '/components/schemas/Order/properties/x/not/const': 'x' },
    want: [['constraint-changed', 'warning', '/x']],
  },
  'kw-not-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', not: { const: '' } } },
    head: { '/components/schemas/Order/properties/x/not': REMOVE },
    want: [['constraint-removed', 'breaking', '/x']],
  },
  'kw-nullable-30-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string' } },
    head: { '/components/schemas/Order/properties/x/nullable': true },
    want: [['vendor-nullable-changed', 'warning', '/x']],
  },
  'kw-pattern-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string' } },
    head: { '/components/schemas/Order/properties/x/pattern': '^a' },
    want: [['pattern-added', 'info', '/x']],
  },
  'kw-pattern-property-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } } } },
    head: { '/components/schemas/Order/properties/x/patternProperties': { '^x-': { type: 'string' } } },
    want: [['pattern-property-added', 'info', '/x']],
  },
  'kw-pattern-property-added-to-closed-object': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
    },
    head: { '/components/schemas/Order/properties/x/patternProperties': { '^x-': { type: 'string' } } },
    want: [['additional-properties-allowed', 'warning', '/x']],
  },
  'kw-pattern-property-changed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': {
        type: 'object',
        properties: { a: { type: 'string' } },
        patternProperties: { '^x-': { type: 'string' } },
      },
    },
    head: { '/components/schemas/Order/properties/x/patternProperties/^x-/type': 'integer' },
    want: [['type-changed', 'breaking', '/x/*']],
  },
  'kw-pattern-property-removed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': {
        type: 'object',
        properties: { a: { type: 'string' } },
        patternProperties: { '^x-': { type: 'string' } },
      },
    },
    head: { '/components/schemas/Order/properties/x/patternProperties': REMOVE },
    want: [['pattern-property-removed', 'breaking', '/x']],
  },
  'kw-payload-added': {
    spec: 'keyword',
    base: { '/webhooks/order.created/post/requestBody': REMOVE },
    head: {
      '/webhooks/order.created/post/requestBody': {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } },
      },
    },
    want: [['payload-added', 'info', '#/webhooks/order.created/post/requestBody/content/application~1json']],
  },
  'kw-payload-removed': {
    spec: 'keyword',
    head: { '/webhooks/order.created/post/requestBody': REMOVE },
    want: [['payload-removed', 'breaking', '#/webhooks/order.created/post']],
  },
  'kw-prefix-items-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', prefixItems: [{ type: 'string' }] } },
    head: { '/components/schemas/Order/properties/x/prefixItems': [{ type: 'number' }] },
    want: [['type-changed', 'breaking', '/x/0']],
  },
  'kw-prefix-items-position-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', prefixItems: [{ type: 'string' }] } },
    head: { '/components/schemas/Order/properties/x/prefixItems': [{ type: 'string' }, { type: 'number' }] },
    want: [['constraint-added', 'info', '/x/1']],
  },
  'kw-prefix-items-position-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] } },
    head: { '/components/schemas/Order/properties/x/prefixItems': [{ type: 'string' }] },
    want: [['constraint-removed', 'breaking', '/x/1']],
  },
  'kw-property-names-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } } } },
    head: { '/components/schemas/Order/properties/x/propertyNames': { maxLength: 8 } },
    want: [['constraint-added', 'info', '/x']],
  },
  'kw-property-names-changed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } }, propertyNames: { maxLength: 8 } },
    },
    head: { '/components/schemas/Order/properties/x/propertyNames': { pattern: '^[a-z]+$' } },
    want: [['constraint-changed', 'warning', '/x']],
  },
  'kw-property-names-removed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } }, propertyNames: { maxLength: 8 } },
    },
    head: { '/components/schemas/Order/properties/x/propertyNames': REMOVE },
    want: [['constraint-removed', 'breaking', '/x']],
  },
  'kw-read-only-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string' } },
    head: { '/components/schemas/Order/properties/x/readOnly': true },
    want: [['access-mode-changed', 'warning', '/x']],
  },
  'kw-schema-dialect-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string' } },
    head: { '/components/schemas/Order/properties/x/$schema': 'https://json-schema.org/draft/2020-12/schema' },
    want: [],
  },
  'kw-security-added': { spec: 'keyword', head: { '/security': [{ basicAuth: [] }] }, want: [['security-added', 'info', '#/security']] },
  'kw-security-changed': {
    spec: 'keyword',
    base: { '/security': [{ basicAuth: [] }] },
    head: { '/components/securitySchemes/basicAuth/scheme': 'bearer' },
    want: [['security-changed', 'breaking', '#/security']],
  },
  'kw-security-removed': {
    spec: 'keyword',
    base: { '/security': [{ basicAuth: [] }] },
    head: { '/security': REMOVE },
    want: [['security-removed', 'breaking', '#']],
  },
  'kw-signature-scheme-added': {
    spec: 'keyword',
    head: { '/x-webhook-signature': { header: 'X-Signature', algorithm: 'hmac-sha256', prefix: 'sha256=' } },
    want: [['signature-scheme-added', 'info', '#/x-webhook-signature']],
  },
  'kw-signature-scheme-changed': {
    spec: 'keyword',
    base: { '/x-webhook-signature': { header: 'X-Signature', algorithm: 'hmac-sha256', prefix: 'sha256=' } },
    head: { '/x-webhook-signature/algorithm': 'hmac-sha512' },
    want: [['signature-scheme-changed', 'breaking', '#/x-webhook-signature']],
  },
  'kw-signature-scheme-removed': {
    spec: 'keyword',
    base: { '/x-webhook-signature': { header: 'X-Signature', algorithm: 'hmac-sha256', prefix: 'sha256=' } },
    head: { '/x-webhook-signature': REMOVE },
    want: [['signature-scheme-removed', 'breaking', '#']],
  },
  'kw-then-changed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': {
        type: 'object',
        properties: { a: { type: 'string' } },
        if: { required: ['a'] },
        // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here
        then: { required: ['b'] },
      },
    },
    head: { '/components/schemas/Order/properties/x/then/required': ['c'] },
    want: [['constraint-changed', 'warning', '/x']],
  },
  'kw-title-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', title: 'A' } },
    head: { '/components/schemas/Order/properties/x/title': 'B' },
    want: [['title-changed', 'info', '/x']],
  },
  'kw-tuple-closed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', prefixItems: [{ type: 'string' }] } },
    head: { '/components/schemas/Order/properties/x/items': false },
    want: [['additional-items-disallowed', 'info', '/x']],
  },
  'kw-tuple-opened': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', prefixItems: [{ type: 'string' }], items: false } },
    head: { '/components/schemas/Order/properties/x/items': REMOVE },
    want: [['additional-items-allowed', 'warning', '/x']],
  },
  'kw-type-beside-const': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { const: 'a' } },
    head: { '/components/schemas/Order/properties/x': { type: 'string', const: 'a' } },
    want: [],
  },
  'kw-type-disjoint': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
    },
    head: { '/components/schemas/Order/properties/x': { type: 'string' } },
    want: [['type-changed', 'breaking', '/x']],
  },
  'kw-unevaluated-items-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', prefixItems: [{ type: 'string' }], unevaluatedItems: false } },
    head: { '/components/schemas/Order/properties/x/unevaluatedItems': REMOVE },
    want: [['additional-items-allowed', 'warning', '/x']],
  },
  'kw-unevaluated-items-schema-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', unevaluatedItems: { type: 'string' } } },
    head: { '/components/schemas/Order/properties/x/unevaluatedItems/type': 'number' },
    want: [['constraint-changed', 'warning', '/x']],
  },
  'kw-unevaluated-properties-removed': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } }, unevaluatedProperties: false },
    },
    head: { '/components/schemas/Order/properties/x/unevaluatedProperties': REMOVE },
    want: [['additional-properties-allowed', 'warning', '/x']],
  },
  'kw-unevaluated-properties-schema-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'object', properties: { a: { type: 'string' } } } },
    head: { '/components/schemas/Order/properties/x/unevaluatedProperties': { type: 'string' } },
    want: [['constraint-added', 'info', '/x']],
  },
  'kw-union-branch-named': {
    spec: 'keyword',
    base: {
      '/components/schemas/Order/properties/x': {
        oneOf: [{ title: 'Card', type: 'object', properties: { a: { type: 'string' } } }, { $ref: '#/components/schemas/Iban' }],
      },
    },
    head: {
      '/components/schemas/Order/properties/x/oneOf': [
        { title: 'Card', type: 'object', properties: { a: { type: 'number' } } },
        { $ref: '#/components/schemas/Iban' },
      ],
    },
    want: [['type-changed', 'breaking', '/x/a']],
  },
  'kw-unique-items-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', items: { type: 'string' } } },
    head: { '/components/schemas/Order/properties/x/uniqueItems': true },
    want: [['bound-tightened', 'info', '/x']],
  },
  'kw-unique-items-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'array', items: { type: 'string' }, uniqueItems: true } },
    head: { '/components/schemas/Order/properties/x/uniqueItems': REMOVE },
    want: [['bound-loosened', 'breaking', '/x']],
  },
  'kw-write-only-added': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string' } },
    head: { '/components/schemas/Order/properties/x/writeOnly': true },
    want: [['access-mode-changed', 'warning', '/x']],
  },
  'kw-x-nullable-removed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', 'x-nullable': true } },
    head: { '/components/schemas/Order/properties/x': { type: 'string' } },
    want: [['vendor-nullable-changed', 'warning', '/x']],
  },
  'kw-xml-changed': {
    spec: 'keyword',
    base: { '/components/schemas/Order/properties/x': { type: 'string', xml: { name: 'a' } } },
    head: { '/components/schemas/Order/properties/x/xml/name': 'b' },
    want: [],
  },
};
