import { startFromEnv } from '../../shared/start-receiver.js';
import { createRewardMailerReceiver } from './receiver.js';

// WEBHOOK_SECRET=... PORT=0 npm run receiver:reward-mailer
await startFromEnv('reward-mailer', (secret) => createRewardMailerReceiver(secret));
