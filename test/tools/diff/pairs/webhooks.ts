import { type Case, ORDER_EVENT, REMOVE } from '../../../helpers/diff-pair.js';

/** Webhook pairs: events, headers, media types, security, and responses (the consumer's answer: polarity flips). */
export const WEBHOOK_PAIRS: Record<string, Case> = {
  'event-added': { head: { '/webhooks/order.paid': ORDER_EVENT }, want: [['event-added', 'info', '#/webhooks/order.paid/post']] },
  'event-removed': {
    base: { '/webhooks/order.paid': ORDER_EVENT },
    head: { '/webhooks/order.paid': REMOVE },
    want: [['event-removed', 'breaking', '#/webhooks']],
  },
  'event-renamed': {
    head: { '/webhooks/order.created': REMOVE, '/webhooks/order.placed': ORDER_EVENT },
    want: [['event-renamed', 'breaking', '#/webhooks/order.placed/post']],
  },
  'event-deprecated': {
    head: { '/webhooks/order.created/post/deprecated': true, '/webhooks/order.created/post/x-sunset': '2030-01-01' },
    want: [['event-deprecated', 'info', '#/webhooks/order.created/post']],
  },
  'event-removed-before-sunset': {
    base: {
      '/webhooks/order.paid': { post: { ...ORDER_EVENT.post, deprecated: true, 'x-sunset': '2999-01-01' } },
    },
    head: { '/webhooks/order.paid': REMOVE },
    want: [['event-removed-before-sunset', 'breaking', '#/webhooks']],
  },
  'event-removed-after-sunset': {
    base: {
      '/webhooks/order.paid': { post: { ...ORDER_EVENT.post, deprecated: true, 'x-sunset': '2000-01-01' } },
    },
    head: { '/webhooks/order.paid': REMOVE },
    want: [['event-removed-after-sunset', 'warning', '#/webhooks']],
  },
  'event-summary-changed': {
    head: { '/webhooks/order.created/post/summary': 'Order created' },
    want: [['event-summary-changed', 'info', '#/webhooks/order.created/post']],
  },
  'signature-header-removed': {
    head: { '/webhooks/order.created/post/parameters': REMOVE },
    want: [['signature-header-removed', 'breaking', '#/webhooks/order.created/post/parameters']],
  },
  'signature-header-added': {
    base: { '/webhooks/order.created/post/parameters': REMOVE },
    head: { '/webhooks/order.created': ORDER_EVENT },
    want: [['signature-header-added', 'info', '#/components/parameters/Signature']],
  },
  'header-became-optional': {
    head: { '/components/parameters/Signature/required': false },
    want: [['header-became-optional', 'breaking', '#/components/parameters/Signature']],
  },
  'header-schema-changed': {
    head: { '/components/parameters/Signature/schema/type': 'integer' },
    want: [['type-changed', 'breaking', '#/components/parameters/Signature/schema']],
  },
  'response-enum-value-removed': {
    base: {
      '/webhooks/order.created/post/responses/200/content': { 'application/json': { schema: { $ref: '#/components/schemas/Ack' } } },
      '/components/schemas/Ack': {
        type: 'object',
        required: ['status'],
        properties: { status: { type: 'string', enum: ['ok', 'retry'] }, reason: { type: 'string' } },
      },
    },
    head: { '/components/schemas/Ack/properties/status/enum': ['ok'] },
    want: [['response-enum-value-removed', 'breaking', '#/components/schemas/Ack/properties/status']],
  },
  'response-enum-value-added': {
    base: {
      '/webhooks/order.created/post/responses/200/content': { 'application/json': { schema: { $ref: '#/components/schemas/Ack' } } },
      '/components/schemas/Ack': {
        type: 'object',
        required: ['status'],
        properties: { status: { type: 'string', enum: ['ok'] }, reason: { type: 'string' } },
      },
    },
    head: { '/components/schemas/Ack/properties/status/enum': ['ok', 'retry'] },
    want: [['response-enum-value-added', 'info', '#/components/schemas/Ack/properties/status']],
  },
  'response-property-became-required': {
    base: {
      '/webhooks/order.created/post/responses/200/content': { 'application/json': { schema: { $ref: '#/components/schemas/Ack' } } },
      '/components/schemas/Ack': {
        type: 'object',
        required: ['status'],
        properties: { status: { type: 'string', enum: ['ok'] }, reason: { type: 'string' } },
      },
    },
    head: { '/components/schemas/Ack/required': ['status', 'reason'] },
    want: [['response-property-became-required', 'breaking', '#/components/schemas/Ack/properties/reason']],
  },
  'response-property-became-optional': {
    base: {
      '/webhooks/order.created/post/responses/200/content': { 'application/json': { schema: { $ref: '#/components/schemas/Ack' } } },
      '/components/schemas/Ack': {
        type: 'object',
        required: ['status', 'reason'],
        properties: { status: { type: 'string', enum: ['ok'] }, reason: { type: 'string' } },
      },
    },
    head: { '/components/schemas/Ack/required': ['status'] },
    want: [['response-property-became-optional', 'info', '#/components/schemas/Ack/properties/reason']],
  },
  'response-status-removed': {
    base: { '/webhooks/order.created/post/responses/202': { description: 'queued' } },
    head: { '/webhooks/order.created/post/responses/202': REMOVE },
    want: [['response-status-removed', 'breaking', '#/webhooks/order.created/post/responses']],
  },
  'response-status-added': {
    head: { '/webhooks/order.created/post/responses/202': { description: 'queued' } },
    want: [['response-status-added', 'info', '#/webhooks/order.created/post/responses/202']],
  },
  'media-type-changed': {
    head: {
      '/webhooks/order.created/post/requestBody/content': {
        'application/cloudevents+json': { schema: { $ref: '#/components/schemas/Order' } },
      },
    },
    want: [['media-type-changed', 'breaking', '#/webhooks/order.created/post/requestBody/content/application~1cloudevents+json']],
  },
  'document-security-removed': {
    spec: 'keyword',
    base: { '/webhooks/order.paid': ORDER_EVENT, '/security': [{ basicAuth: [] }] },
    head: { '/security': REMOVE },
    want: [['security-removed', 'breaking', '#']],
  },
  'shared-header-removed': {
    base: { '/webhooks/order.paid': ORDER_EVENT },
    head: { '/webhooks/order.created/post/parameters': REMOVE, '/webhooks/order.paid/post/parameters': REMOVE },
    want: [['signature-header-removed', 'breaking', '#/webhooks/order.created/post/parameters']],
  },
};
