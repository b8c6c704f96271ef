export * from './index-library.js';
export * from './runtime/errors.js';
export * from './runtime/headers.js';
export * from './runtime/nearest-names.js';
export * from './runtime/parse-webhook.js';
export * from './runtime/signature-scheme.js';
export * from './runtime/signature.js';
export * from './runtime/validate-webhook.js';
