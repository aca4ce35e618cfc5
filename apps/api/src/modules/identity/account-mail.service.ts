import { randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { tokenHash } from '../../platform/crypto/token-hash.js';
import { Mailer, type MailMessage, PermanentMailError } from '../../platform/mail/mail.port.js';
import { JobQueue, PermanentJobError } from '../../platform/queue/queue.port.js';
import { sendAccountLinkJob, sendAccountNoticeJob } from './account-mail.job.js';
import { accountLinkMessage, accountNoticeMessage, type NoticeKind } from './account-mail.templates.js';
import { type AccountTokenPurpose, AccountTokenRepository } from './account-token.repository.js';
import { UserRepository } from './user.repository.js';

const LINK_TTL_MS = 24 * 3600 * 1000;
const LINK_PATHS: Record<AccountTokenPurpose, string> = {
  verify_email: '/dogrula',
  change_email: '/dogrula',
  reset_password: '/sifre-sifirla',
};

/** E-mails about the account, sent by jobs on the `email` queue (the request never waits for SendGrid). */
@Injectable()
export class AccountMailService implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly mailer: Mailer,
    private readonly tokens: AccountTokenRepository,
    private readonly users: UserRepository,
    private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.queue.register(sendAccountLinkJob, (payload) => this.sendLink(payload));
    this.queue.register(sendAccountNoticeJob, ({ kind, email, displayName }) =>
      this.deliver(accountNoticeMessage(kind, email, displayName)),
    );
  }

  async queueLink(userId: string, purpose: AccountTokenPurpose, email: string): Promise<void> {
    await this.queue.enqueue(sendAccountLinkJob, { userId, purpose, email });
  }

  async queueNotice(kind: NoticeKind, email: string, displayName: string): Promise<void> {
    await this.queue.enqueue(sendAccountNoticeJob, { kind, email, displayName });
  }

  private async sendLink(payload: { userId: string; purpose: AccountTokenPurpose; email: string }) {
    const user = await this.users.findById(payload.userId);
    if (!user || user.status === 'deleted') return;
    const token = randomBytes(32).toString('base64url');
    await this.tokens.issue({
      userId: user.id,
      purpose: payload.purpose,
      tokenHash: tokenHash(token),
      email: payload.email,
      expiresAt: new Date(Date.now() + LINK_TTL_MS),
    });
    const link = `${this.config.webUrl}${LINK_PATHS[payload.purpose]}?token=${token}`;
    await this.deliver(accountLinkMessage(payload.purpose, payload.email, user.displayName, link));
  }

  private async deliver(message: MailMessage) {
    try {
      await this.mailer.send(message);
    } catch (error) {
      // A refused message or bad credentials will not get better by retrying; an outage will.
      if (error instanceof PermanentMailError) throw new PermanentJobError(error.message);
      throw error;
    }
  }
}
