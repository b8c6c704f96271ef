/** The x-webhook-* names live with the runtime (the lowest layer, which names them in its messages). */
export * from '../../runtime/internal/webhook-extensions.js';
