import { Injectable } from '@nestjs/common';
import {
  type Brand,
  type Category,
  type CategoryAttribute,
  type ListingCard,
  type ListingDetail,
  type ListingSeller,
  type Locale,
  listingPath,
  type MediaImage,
  type OwnListing,
  type PublicMediaImage,
} from '@tarodan/contracts';
import type { Caller } from '../../platform/auth/caller.js';
import { CatalogService } from '../catalog/catalog.service.js';
import { AvatarService } from '../identity/avatar.service.js';
import { UserRepository } from '../identity/user.repository.js';
import { MediaService } from '../media/media.service.js';
import { AttributeRepository } from './attribute.repository.js';
import { displayAttributes } from './attribute-values.js';
import { CategoryAttributeService } from './category-attribute.service.js';
import { FavoriteRepository } from './favorite.repository.js';
import { ListingRepository, type ListingRow } from './listing.repository.js';
import { sellerActions } from './listing-state-machine.js';

/** What every view of a page of listings shares, loaded with one query per kind whatever the page size. */
interface PageContext {
  photoIds: Map<string, string[]>;
  images: Map<string, PublicMediaImage>;
  brands: Map<string, Brand>;
  paths: Map<string, Category[]>;
  attributeSets: Map<string, CategoryAttribute[]>;
  favorited: Set<string>;
  sellers: Map<string, SellerCard>;
}

type SellerCard = ListingSeller & { bio: string | null };

/**
 * Turns listing rows into the shapes of `packages/contracts` — cards, details, the owner's view — in batches: a page
 * of 48 cards costs the same handful of SQL queries as a page of 1 (photos, images, brands, categories, attribute
 * sets, the caller's favorites). `listings-graphql.int.spec.ts` holds it to that.
 */
@Injectable()
export class ListingViews {
  constructor(
    private readonly listings: ListingRepository,
    private readonly favorites: FavoriteRepository,
    private readonly attributeRows: AttributeRepository,
    private readonly attributeSets: CategoryAttributeService,
    private readonly catalog: CatalogService,
    private readonly media: MediaService,
    private readonly users: UserRepository,
    private readonly avatars: AvatarService,
  ) {}

  async cards(rows: readonly ListingRow[], locale: Locale): Promise<ListingCard[]> {
    const context = await this.pageContext(rows, null, locale, 'covers');
    return rows.map((row) => this.card(row, context));
  }

  async details(
    rows: readonly ListingRow[],
    caller: Caller | null,
    locale: Locale,
  ): Promise<ListingDetail[]> {
    const context = await this.pageContext(rows, caller, locale, 'all');
    return rows.map((row) => this.detail(row, context, locale));
  }

  async detail1(row: ListingRow, caller: Caller | null, locale: Locale): Promise<ListingDetail> {
    const [detail] = await this.details([row], caller, locale);
    return detail!;
  }

  /** The seller's (or a moderator's) view: raw values to edit, every photo's state, findings and next actions. */
  async owned(rows: readonly ListingRow[], caller: Caller | null, locale: Locale): Promise<OwnListing[]> {
    const details = await this.details(rows, caller, locale);
    const photoIds = await this.listings.photoIdsOf(rows.map((row) => row.id));
    const images = await this.media.listingPhotos([...photoIds.values()].flat());
    const statuses = new Map<string, MediaImage>(images.map((image) => [image.id, image]));
    return rows.map((row, index) => {
      const ids = photoIds.get(row.id) ?? [];
      return {
        ...details[index]!,
        brandId: row.brandId,
        attributeValues: row.attributes,
        photoIds: ids,
        photoStatus: ids.flatMap((id) => {
          const image = statuses.get(id);
          return image ? [{ id, status: image.status, failureReason: image.failureReason }] : [];
        }),
        rejectionReason: row.rejectionReason,
        findings: row.findings,
        allowedActions: sellerActions(row.status),
        createdAt: row.createdAt.toISOString(),
      };
    });
  }

  async owned1(row: ListingRow, caller: Caller | null, locale: Locale): Promise<OwnListing> {
    const [own] = await this.owned([row], caller, locale);
    return own!;
  }

  async sellerCard(sellerId: string): Promise<SellerCard | null> {
    return (await this.sellers([sellerId])).get(sellerId) ?? null;
  }

  private async pageContext(
    rows: readonly ListingRow[],
    caller: Caller | null,
    locale: Locale,
    photos: 'covers' | 'all',
  ): Promise<PageContext> {
    const ids = rows.map((row) => row.id);
    const categoryIds = unique(rows.map((row) => row.categoryId));
    const [photoIds, brands, paths, favorited, sellers] = await Promise.all([
      this.listings.photoIdsOf(ids),
      this.catalog.brandsByIds(unique(rows.flatMap((row) => (row.brandId ? [row.brandId] : [])))),
      this.catalog.categoryPaths(categoryIds, locale),
      caller ? this.favorites.favoritedAmong(caller.userId, ids) : Promise.resolve(new Set<string>()),
      this.sellers(rows.map((row) => row.sellerId)),
    ]);
    const wanted = [...photoIds.values()].flatMap((list) => (photos === 'covers' ? list.slice(0, 1) : list));
    const [images, attributeSets] = await Promise.all([
      this.media.publicImages(wanted),
      this.setsFor(paths, locale),
    ]);
    return {
      photoIds,
      images: new Map(images.map((image) => [image.id, image])),
      brands,
      paths,
      attributeSets,
      favorited,
      sellers,
    };
  }

  /** The attribute sets of several categories from one query over all their ancestors. */
  private async setsFor(
    paths: Map<string, Category[]>,
    locale: Locale,
  ): Promise<Map<string, CategoryAttribute[]>> {
    const allIds = unique([...paths.values()].flatMap((path) => path.map((c) => c.id)));
    const rows = await this.attributeRows.forCategories(allIds);
    const sets = new Map<string, CategoryAttribute[]>();
    for (const [categoryId, path] of paths) {
      sets.set(categoryId, this.attributeSets.setFromRows(path, rows, locale));
    }
    return sets;
  }

  private card(row: ListingRow, context: PageContext): ListingCard {
    const coverId = context.photoIds.get(row.id)?.[0];
    const brand = row.brandId ? context.brands.get(row.brandId) : undefined;
    const set = context.attributeSets.get(row.categoryId) ?? [];
    return {
      id: row.id,
      slug: row.slug,
      path: listingPath(row.slug, row.id),
      title: row.title,
      status: row.status,
      priceKurus: row.priceKurus,
      currency: 'TRY',
      condition: row.condition,
      packaging: row.packaging,
      badges: set
        .filter((attribute) => attribute.isFlag && row.attributes[attribute.key] === true)
        .map((attribute) => ({ key: attribute.key, label: attribute.label })),
      cover: (coverId && context.images.get(coverId)) || null,
      brand: brand ? { id: brand.id, slug: brand.slug, name: brand.name } : null,
      categoryId: row.categoryId,
      sellerId: row.sellerId,
      city: context.sellers.get(row.sellerId)?.city ?? null,
      freeShipping: row.shippingPayer === 'seller',
      favoriteCount: row.favoriteCount,
      publishedAt: row.publishedAt?.toISOString() ?? null,
    };
  }

  private detail(row: ListingRow, context: PageContext, locale: Locale): ListingDetail {
    const path = context.paths.get(row.categoryId) ?? [];
    const { bio: _bio, ...sellerCard } = context.sellers.get(row.sellerId) ?? missingSeller(row.sellerId);
    return {
      ...this.card(row, context),
      description: row.description,
      authenticity: row.authenticity,
      quantity: row.quantity,
      acceptsOffers: row.acceptsOffers,
      shippingPayer: row.shippingPayer,
      shippingFeeKurus: row.shippingFeeKurus,
      shipsWithinDays: row.shipsWithinDays,
      photos: (context.photoIds.get(row.id) ?? []).flatMap((id) => {
        const image = context.images.get(id);
        return image ? [image] : [];
      }),
      attributes: displayAttributes(row.attributes, context.attributeSets.get(row.categoryId) ?? [], locale),
      category: path.at(-1)!,
      breadcrumbs: path.map((category) => ({ slug: category.slug, name: category.name })),
      brandDetail: row.brandId ? (context.brands.get(row.brandId) ?? null) : null,
      seller: sellerCard,
      isFavorite: context.favorited.has(row.id),
      updatedAt: row.updatedAt.toISOString(),
      soldAt: row.soldAt?.toISOString() ?? null,
    };
  }

  private async sellers(ids: readonly string[]): Promise<Map<string, SellerCard>> {
    const sellerIds = unique(ids);
    const [users, counts, details] = await Promise.all([
      this.users.findByIds(sellerIds),
      this.listings.activeCountsBySeller(sellerIds),
      this.users.sellerDetailsOf(sellerIds),
    ]);
    const avatarIds = users.flatMap((user) => (user.avatarAssetId ? [user.avatarAssetId] : []));
    const avatars = new Map((await this.media.publicImages(avatarIds)).map((image) => [image.id, image]));
    return new Map(
      users.map((user) => [
        user.id,
        {
          id: user.id,
          displayName: user.displayName,
          storeName: details.get(user.id)?.storeName ?? null,
          city: user.city,
          avatarUrl: this.avatars.urlOf(user.avatarKey),
          avatar: (user.avatarAssetId && avatars.get(user.avatarAssetId)) || null,
          memberSince: user.createdAt.toISOString(),
          activeListings: counts.get(user.id) ?? 0,
          // The same aggregate search indexes as `sellerRating`, so a card and the rating filter agree.
          rating: details.get(user.id)?.rating?.average ?? null,
          ratingCount: details.get(user.id)?.rating?.count ?? 0,
          bio: user.bio,
        },
      ]),
    );
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** A seller whose account is gone mid-request: the listing still renders. */
function missingSeller(id: string): SellerCard {
  return {
    id,
    displayName: '—',
    storeName: null,
    city: null,
    avatarUrl: null,
    avatar: null,
    memberSince: new Date(0).toISOString(),
    activeListings: 0,
    rating: null,
    ratingCount: 0,
    bio: null,
  };
}
