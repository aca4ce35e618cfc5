import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { listingPath } from '@tarodan/contracts';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config.js';
import { Mailer, PermanentMailError } from '../../platform/mail/mail.port.js';
import { type MailCopy, renderMail } from '../../platform/mail/render-mail.js';
import { defineJob, JobQueue, PermanentJobError } from '../../platform/queue/queue.port.js';
import { UserRepository } from '../identity/user.repository.js';
import { ListingRepository } from './listing.repository.js';

/** Tells the seller what a moderator decided. The payload names the listing; the mail says what it is now. */
export const sendListingDecisionJob = defineJob({
  queue: 'email',
  name: 'send-listing-decision',
  schema: z.object({ listingId: z.uuid(), decision: z.enum(['approved', 'rejected']) }),
  attempts: 5,
  backoffMs: 30_000,
});

type Decision = z.output<typeof sendListingDecisionJob.schema>['decision'];

/** The moderation outcome e-mail to the seller, sent by a job on the `email` queue. */
@Injectable()
export class ListingDecisionMail implements OnModuleInit {
  private readonly logger = new Logger('ListingDecisionMail');

  constructor(
    private readonly queue: JobQueue,
    private readonly mailer: Mailer,
    private readonly listings: ListingRepository,
    private readonly users: UserRepository,
    private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.queue.register(sendListingDecisionJob, (payload) => this.send(payload.listingId, payload.decision));
  }

  /** The decision is already saved; a queue outage must not undo it, so a failure here is only logged. */
  async notify(listingId: string, decision: Decision): Promise<void> {
    try {
      await this.queue.enqueue(sendListingDecisionJob, { listingId, decision });
    } catch (error) {
      this.logger.error(`Could not queue the ${decision} mail for listing ${listingId}: ${String(error)}`);
    }
  }

  private async send(listingId: string, decision: Decision): Promise<void> {
    const listing = await this.listings.findById(listingId);
    const seller = listing && (await this.users.findById(listing.sellerId));
    if (!listing || !seller || seller.status === 'deleted') return;
    const copy =
      decision === 'approved'
        ? approvedCopy(listing.title)
        : rejectedCopy(listing.title, listing.rejectionReason);
    const link =
      decision === 'approved'
        ? `${this.config.webUrl}${listingPath(listing.slug, listing.id)}`
        : `${this.config.webUrl}/hesabim/ilanlarim`;
    try {
      await this.mailer.send(renderMail(copy, seller.email, seller.displayName, link, `listing-${decision}`));
    } catch (error) {
      if (error instanceof PermanentMailError) throw new PermanentJobError(error.message);
      throw error;
    }
  }
}

function approvedCopy(title: string): MailCopy {
  return {
    subject: 'İlanınız yayında · Your listing is live',
    tr: [`“${title}” ilanınız moderatörlerimiz tarafından onaylandı ve artık alıcılar görebiliyor.`],
    en: [`Our moderators approved “${title}”; buyers can see it now.`],
    action: { tr: 'İlanı gör', en: 'See the listing' },
  };
}

function rejectedCopy(title: string, reason: string | null): MailCopy {
  return {
    subject: 'İlanınız yayınlanmadı · Your listing was not published',
    tr: [
      `“${title}” ilanınız moderatörlerimiz tarafından yayınlanmadı.`,
      `Gerekçe: ${reason ?? '—'}`,
      'İlanı düzenleyip yeniden yayınlayabilirsiniz.',
    ],
    en: [
      `Our moderators did not publish “${title}”.`,
      `Reason: ${reason ?? '—'}`,
      'You can edit the listing and publish it again.',
    ],
    action: { tr: 'İlanlarıma git', en: 'Go to my listings' },
  };
}
