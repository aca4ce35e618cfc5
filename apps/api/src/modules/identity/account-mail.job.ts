import { z } from 'zod';
import { defineJob } from '../../platform/queue/queue.port.js';

/**
 * A one-time link (verify e-mail, confirm a new address, reset password). The payload holds no secret: the
 * handler creates the token when it sends, so the token never sits in Redis; a retry sends a fresh link.
 */
export const sendAccountLinkJob = defineJob({
  queue: 'email',
  name: 'send-account-link',
  schema: z.object({
    userId: z.uuid(),
    purpose: z.enum(['verify_email', 'change_email', 'reset_password']),
    email: z.email(),
  }),
  attempts: 5,
  backoffMs: 30_000,
});

/** Notices that need no link: someone tried to register with your address, your password changed, etc. */
export const sendAccountNoticeJob = defineJob({
  queue: 'email',
  name: 'send-account-notice',
  schema: z.object({
    kind: z.enum([
      'already-registered',
      'password-changed',
      'email-changed',
      'account-suspended',
      'account-banned',
    ]),
    email: z.email(),
    displayName: z.string(),
  }),
  attempts: 5,
  backoffMs: 30_000,
});
