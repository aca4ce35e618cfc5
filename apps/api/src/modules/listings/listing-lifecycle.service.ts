import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type FieldIssue,
  type ListingAction,
  type Locale,
  type ModerationQueueItem,
  type OwnListing,
  type Page,
} from '@tarodan/contracts';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { CatalogService } from '../catalog/catalog.service.js';
import { UserRepository } from '../identity/user.repository.js';
import { MediaService } from '../media/media.service.js';
import { validateAttributes } from './attribute-values.js';
import { CategoryAttributeService } from './category-attribute.service.js';
import { type ListingPatch, ListingRepository, type ListingRow } from './listing.repository.js';
import { conflict, ListingService } from './listing.service.js';
import { assertStaff } from './listing-access.js';
import { checkListing } from './listing-checks.js';
import { ListingDecisionMail } from './listing-decision-mail.js';
import { canTransition, LISTING_TRANSITIONS, type ListingActor } from './listing-state-machine.js';
import { ListingViews } from './listing-views.service.js';

type SellerAction = Extract<ListingAction, 'publish' | 'pause' | 'resume' | 'mark_sold' | 'archive'>;

/**
 * Moves listings through the state machine (`listing-state-machine.ts`): the seller's publish, pause, resume,
 * mark-sold and archive, and the moderators' queue with approve and reject. Every move writes its audit row in the
 * same transaction and fails with 409 if the listing changed meanwhile.
 */
@Injectable()
export class ListingLifecycleService {
  constructor(
    private readonly listings: ListingRepository,
    private readonly listingService: ListingService,
    private readonly views: ListingViews,
    private readonly attributes: CategoryAttributeService,
    private readonly catalog: CatalogService,
    private readonly media: MediaService,
    private readonly users: UserRepository,
    private readonly audit: AuditLogService,
    private readonly decisionMail: ListingDecisionMail,
  ) {}

  async act(caller: Caller, id: string, action: ListingAction, locale: Locale = 'tr'): Promise<OwnListing> {
    const current = await this.listingService.findForSeller(caller, id);
    if (!isSellerAction(action)) throw new AppError(ErrorCode.Forbidden, 'Only moderators can do this');
    this.assertAllowed(current, action, 'seller');
    const changes = await this.changesFor(current, action);
    const updated = await this.apply(current, changes, {
      action,
      actorId: caller.userId,
      actorKind: 'seller',
      reason: null,
    });
    return this.views.owned1(updated, caller, locale);
  }

  async reviewQueue(
    caller: Caller,
    query: { limit: number; offset: number; locale: Locale },
  ): Promise<Page<ModerationQueueItem>> {
    assertStaff(caller);
    const { rows, total } = await this.listings.reviewQueue(query.limit, query.offset);
    const owned = await this.views.owned(rows, caller, query.locale);
    return {
      items: owned.map((listing, index) => ({
        listing,
        submittedAt: (rows[index]!.submittedAt ?? rows[index]!.updatedAt).toISOString(),
      })),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async approve(
    caller: Caller,
    origin: RequestOrigin,
    id: string,
    locale: Locale = 'tr',
  ): Promise<OwnListing> {
    assertStaff(caller);
    const current = await this.findForModeration(id);
    this.assertAllowed(current, 'approve', 'moderator');
    const updated = await this.apply(
      current,
      { status: 'active', publishedAt: current.publishedAt ?? new Date(), rejectionReason: null },
      { action: 'approve', actorId: caller.userId, actorKind: 'moderator', reason: null },
    );
    await this.audit.record(caller, origin, {
      action: 'listing.approve',
      targetType: 'listing',
      targetId: id,
      before: { status: current.status },
      after: { status: updated.status },
    });
    await this.decisionMail.notify(id, 'approved');
    return this.views.owned1(updated, caller, locale);
  }

  async reject(
    caller: Caller,
    origin: RequestOrigin,
    id: string,
    reason: string,
    locale: Locale = 'tr',
  ): Promise<OwnListing> {
    assertStaff(caller);
    const current = await this.findForModeration(id);
    this.assertAllowed(current, 'reject', 'moderator');
    const updated = await this.apply(
      current,
      { status: 'rejected', rejectionReason: reason },
      { action: 'reject', actorId: caller.userId, actorKind: 'moderator', reason },
    );
    await this.audit.record(caller, origin, {
      action: 'listing.reject',
      targetType: 'listing',
      targetId: id,
      before: { status: current.status },
      after: { status: updated.status, reason },
    });
    await this.decisionMail.notify(id, 'rejected');
    return this.views.owned1(updated, caller, locale);
  }

  private async changesFor(current: ListingRow, action: SellerAction): Promise<ListingPatch> {
    switch (action) {
      case 'publish':
      case 'resume':
        return this.goLive(current);
      case 'pause':
        return { status: 'paused' };
      case 'mark_sold':
        return { status: 'sold', soldAt: new Date() };
      case 'archive':
        return { status: 'archived' };
    }
  }

  /**
   * Publish and resume: everything a buyer needs must be there (else 400 naming each missing piece), then the
   * automatic checks decide between live and the moderation queue.
   */
  private async goLive(current: ListingRow): Promise<ListingPatch> {
    await this.assertPublishable(current);
    const findings = checkListing(current, await this.listings.medianActivePrice([current.categoryId]));
    if (findings.length > 0) {
      return { status: 'pending_review', findings, submittedAt: new Date(), rejectionReason: null };
    }
    return {
      status: 'active',
      findings: [],
      publishedAt: current.publishedAt ?? new Date(),
      rejectionReason: null,
    };
  }

  private async assertPublishable(listing: ListingRow): Promise<void> {
    const issues: FieldIssue[] = [];
    if (!(await this.users.isSeller(listing.sellerId))) {
      issues.push({
        field: 'seller',
        reason: 'complete the seller profile (Satışa başla) before publishing',
      });
    }
    const photoIds = (await this.listings.photoIdsOf([listing.id])).get(listing.id) ?? [];
    const photos = await this.media.listingPhotos(photoIds, listing.sellerId);
    if (!photos.some((photo) => photo.status === 'ready')) {
      issues.push({
        field: 'photoIds',
        reason:
          photos.length === 0 ? 'must have at least one photo' : 'wait until at least one photo is processed',
      });
    }
    const path = (await this.catalog.categoryPaths([listing.categoryId], 'tr')).get(listing.categoryId) ?? [];
    const set = await this.attributes.setAlong(path, 'tr');
    const { issues: attributeIssues } = validateAttributes(listing.attributes, set, { requireAll: true });
    issues.push(...attributeIssues);
    if (issues.length > 0) throw AppError.validation(issues, 'The listing is not ready to publish');
  }

  private assertAllowed(listing: ListingRow, action: ListingAction, actor: ListingActor): void {
    if (!canTransition(listing.status, action, actor)) {
      const from = LISTING_TRANSITIONS[action].from.join(', ');
      throw conflict(`Cannot ${action.replace('_', ' ')} a ${listing.status} listing (only from: ${from})`);
    }
  }

  private async apply(
    current: ListingRow,
    changes: ListingPatch,
    transition: Parameters<ListingRepository['update']>[2]['transition'] & object,
  ): Promise<ListingRow> {
    const updated = await this.listings.update(current, changes, { transition });
    if (!updated) throw conflict('The listing changed meanwhile; reload it and try again');
    return updated;
  }

  private async findForModeration(id: string): Promise<ListingRow> {
    const row = await this.listings.findById(id);
    if (!row) throw AppError.notFound('Listing', id);
    return row;
  }
}

/** What the state machine lets a seller do at all (from some state); the rest is for moderators or the system. */
function isSellerAction(action: ListingAction): action is SellerAction {
  return LISTING_TRANSITIONS[action].actors.includes('seller');
}
