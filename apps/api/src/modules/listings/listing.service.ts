import { Injectable } from '@nestjs/common';
import {
  type AttributeValues,
  type CreateListing,
  ErrorCode,
  type FieldIssue,
  type ListingHistory,
  type Locale,
  type OwnListing,
  slugify,
  type UpdateListing,
} from '@tarodan/contracts';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError } from '../../platform/errors/app-error.js';
import { CatalogService } from '../catalog/catalog.service.js';
import { MediaService } from '../media/media.service.js';
import { validateAttributes } from './attribute-values.js';
import { CategoryAttributeService } from './category-attribute.service.js';
import { type ListingPatch, ListingRepository, type ListingRow } from './listing.repository.js';
import { assertSeller, isStaff } from './listing-access.js';
import { checkListing } from './listing-checks.js';
import { isEditable, isPubliclyVisible } from './listing-state-machine.js';
import { ListingViews } from './listing-views.service.js';

const SLUG_MAX = 80;

/** A seller's drafts and edits. Lifecycle moves (publish, pause, moderation) are `ListingLifecycleService`'s. */
@Injectable()
export class ListingService {
  constructor(
    private readonly listings: ListingRepository,
    private readonly views: ListingViews,
    private readonly attributes: CategoryAttributeService,
    private readonly catalog: CatalogService,
    private readonly media: MediaService,
  ) {}

  async create(caller: Caller, input: CreateListing, locale: Locale = 'tr'): Promise<OwnListing> {
    const attributes = await this.checkedContent(caller, input, { requireAll: false });
    const row = await this.listings.insert(
      {
        sellerId: caller.userId,
        categoryId: input.categoryId,
        brandId: input.brandId,
        title: input.title,
        slug: slugOf(input.title),
        description: input.description,
        condition: input.condition,
        packaging: input.packaging,
        authenticity: input.authenticity,
        attributes,
        priceKurus: input.priceKurus,
        quantity: input.quantity,
        acceptsOffers: input.acceptsOffers,
        shippingPayer: input.shippingPayer,
        shippingFeeKurus: input.shippingFeeKurus,
        shipsWithinDays: input.shipsWithinDays,
      },
      input.photoIds,
      { action: 'create', actorId: caller.userId, actorKind: 'seller', reason: null },
    );
    return this.views.owned1(row, caller, locale);
  }

  /**
   * Edits a listing. A live listing (active or paused) is checked again: text or a price the checks flag sends it
   * back to the moderation queue, and it must keep every required attribute.
   */
  async update(caller: Caller, id: string, patch: UpdateListing, locale: Locale = 'tr'): Promise<OwnListing> {
    const current = await this.findForSeller(caller, id);
    if (!isEditable(current.status)) {
      throw conflict(`A ${current.status} listing can no longer be changed`);
    }
    const photoIds = patch.photoIds ?? (await this.listings.photoIdsOf([id])).get(id) ?? [];
    const merged = { ...current, ...withoutUndefined(patch), photoIds };
    if (patch.categoryId && !patch.attributes)
      merged.attributes = await this.keepKnown(merged.categoryId, merged.attributes);
    merged.shippingFeeKurus = merged.shippingPayer === 'seller' ? 0 : merged.shippingFeeKurus;
    const live = current.status === 'active' || current.status === 'paused';
    const attributes = await this.checkedContent(caller, merged, { requireAll: live });

    // Photos are rows of their own (listing_photos), written by the repository beside the listing's columns.
    const { photoIds: _photos, ...columns } = withoutUndefined(patch);
    const changes: ListingPatch = { ...columns, attributes, shippingFeeKurus: merged.shippingFeeKurus };
    if (patch.title) changes.slug = slugOf(patch.title);

    let transition: Parameters<ListingRepository['update']>[2]['transition'];
    if (live || current.status === 'pending_review') {
      const findings = checkListing(merged, await this.listings.medianActivePrice([merged.categoryId]));
      changes.findings = findings;
      if (live && findings.length > 0) {
        changes.status = 'pending_review';
        changes.submittedAt = new Date();
        transition = {
          action: 'send_to_review',
          actorId: null,
          actorKind: 'system',
          reason: findings[0]!.message,
        };
      }
    }
    const updated = await this.listings.update(current, changes, { photoIds: patch.photoIds, transition });
    if (!updated) throw conflict('The listing changed meanwhile; reload it and try again');
    return this.views.owned1(updated, caller, locale);
  }

  /** A draft that never went live is deleted; anything else is archived (its history stays). */
  async remove(caller: Caller, id: string): Promise<'deleted' | 'archived'> {
    const current = await this.findForSeller(caller, id);
    if (current.status === 'draft' && current.publishedAt === null) {
      await this.listings.delete(id);
      return 'deleted';
    }
    if (current.status === 'archived') return 'archived';
    const updated = await this.listings.update(
      current,
      { status: 'archived' },
      { transition: { action: 'archive', actorId: caller.userId, actorKind: 'seller', reason: null } },
    );
    if (!updated) throw conflict('The listing changed meanwhile; reload it and try again');
    return 'archived';
  }

  /** The owner's (or staff's) editable view. */
  async editView(caller: Caller, id: string, locale: Locale): Promise<OwnListing> {
    return this.views.owned1(await this.findForOwnerOrStaff(caller, id), caller, locale);
  }

  async history(caller: Caller, id: string): Promise<ListingHistory> {
    await this.findForOwnerOrStaff(caller, id);
    const { transitions, prices } = await this.listings.history(id);
    return {
      transitions: transitions.map((t) => ({
        from: t.fromStatus,
        to: t.toStatus,
        action: t.action,
        actor: t.actorKind as 'seller' | 'moderator' | 'system',
        reason: t.reason,
        at: t.createdAt.toISOString(),
      })),
      prices: prices.map((p) => ({ priceKurus: p.priceKurus, at: p.createdAt.toISOString() })),
    };
  }

  /** The seller's listing, or 404 (not theirs and not public) / 403 (public but someone else's). */
  async findForSeller(caller: Caller, id: string): Promise<ListingRow> {
    const row = await this.listings.findById(id);
    if (!row || (row.sellerId !== caller.userId && !isPubliclyVisible(row.status) && !isStaff(caller))) {
      throw AppError.notFound('Listing', id);
    }
    assertSeller(caller, row);
    return row;
  }

  private async findForOwnerOrStaff(caller: Caller, id: string): Promise<ListingRow> {
    const row = await this.listings.findById(id);
    if (!row) throw AppError.notFound('Listing', id);
    if (row.sellerId === caller.userId || isStaff(caller)) return row;
    if (isPubliclyVisible(row.status))
      throw new AppError(ErrorCode.Forbidden, 'Only the seller can see this');
    throw AppError.notFound('Listing', id);
  }

  /** Category, brand, photos and attributes checked together, so one 400 names every wrong field. */
  private async checkedContent(
    caller: Caller,
    content: {
      categoryId: string;
      brandId: string | null;
      attributes: AttributeValues;
      photoIds: readonly string[];
    },
    options: { requireAll: boolean },
  ): Promise<AttributeValues> {
    const issues: FieldIssue[] = [];
    const path = (await this.catalog.categoryPaths([content.categoryId], 'tr')).get(content.categoryId) ?? [];
    if (path.length === 0) issues.push({ field: 'body.categoryId', reason: 'is not a known category' });
    if (content.brandId && !(await this.catalog.brandsByIds([content.brandId])).has(content.brandId)) {
      issues.push({ field: 'body.brandId', reason: 'is not a known brand' });
    }
    const photos = new Set(
      (await this.media.listingPhotos(content.photoIds, caller.userId)).map((image) => image.id),
    );
    content.photoIds.forEach((photoId, index) => {
      if (!photos.has(photoId))
        issues.push({ field: `body.photoIds.${index}`, reason: 'is not a listing photo you uploaded' });
    });
    let values = content.attributes;
    if (path.length > 0) {
      const checked = validateAttributes(
        content.attributes,
        await this.attributes.setAlong(path, 'tr'),
        options,
      );
      issues.push(...checked.issues.map((issue) => ({ ...issue, field: `body.${issue.field}` })));
      values = checked.values;
    }
    if (issues.length > 0) throw AppError.validation(issues);
    return values;
  }

  private async keepKnown(categoryId: string, values: AttributeValues): Promise<AttributeValues> {
    const path = (await this.catalog.categoryPaths([categoryId], 'tr')).get(categoryId) ?? [];
    const keys = new Set((await this.attributes.setAlong(path, 'tr')).map((a) => a.key));
    return Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key)));
  }
}

export function slugOf(title: string): string {
  const slug = slugify(title).slice(0, SLUG_MAX).replace(/-+$/, '');
  return slug || 'ilan';
}

export function conflict(message: string): AppError {
  return new AppError(ErrorCode.Conflict, message, [{ field: 'status', reason: message }]);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
