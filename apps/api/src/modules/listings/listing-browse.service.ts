import { Injectable } from '@nestjs/common';
import {
  type BrowseListingsQuery,
  type CategoryNode,
  type ListingCard,
  type ListingDetail,
  type Locale,
  listingPath,
  type MyListingsQuery,
  type OwnListing,
  type Page,
  type SitemapPage,
  type Storefront,
} from '@tarodan/contracts';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError } from '../../platform/errors/app-error.js';
import { CatalogService } from '../catalog/catalog.service.js';
import { ListingRepository } from './listing.repository.js';
import { isStaff } from './listing-access.js';
import { isPubliclyVisible } from './listing-state-machine.js';
import { ListingViews } from './listing-views.service.js';

/** 10,000 URLs per sitemap file keeps each file small for crawlers (the protocol allows 50,000). */
export const SITEMAP_PAGE_SIZE = 10_000;

/** What buyers read: category and seller pages, a listing's page, storefronts, the sitemap; and "my listings". */
@Injectable()
export class ListingBrowseService {
  constructor(
    private readonly listings: ListingRepository,
    private readonly views: ListingViews,
    private readonly catalog: CatalogService,
  ) {}

  /** Active listings, of a category and its subcategories and/or of one seller. */
  async browse(query: BrowseListingsQuery): Promise<Page<ListingCard>> {
    const categoryIds = query.category
      ? descendantIds((await this.catalog.category(query.category, query.locale)).category)
      : undefined;
    const { rows, total } = await this.listings.browse({
      categoryIds,
      sellerId: query.seller,
      statuses: ['active'],
      sort: query.sort,
      limit: query.limit,
      offset: query.offset,
    });
    return {
      items: await this.views.cards(rows, query.locale),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** A listing's page: active and sold ones for everyone, any state for its seller and staff; else 404. */
  async detail(caller: Caller | null, id: string, locale: Locale): Promise<ListingDetail> {
    const row = await this.listings.findById(id);
    const allowed =
      row && (isPubliclyVisible(row.status) || row.sellerId === caller?.userId || isStaff(caller));
    if (!row || !allowed) throw AppError.notFound('Listing', id);
    return this.views.detail1(row, caller, locale);
  }

  async mine(caller: Caller, query: MyListingsQuery): Promise<Page<OwnListing>> {
    const { rows, total } = await this.listings.listOfSeller(caller.userId, query);
    return {
      items: await this.views.owned(rows, caller, query.locale),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async storefront(sellerId: string): Promise<Storefront> {
    const seller = await this.views.sellerCard(sellerId);
    if (!seller) throw AppError.notFound('Seller', sellerId);
    return { seller };
  }

  async sitemap(page: number): Promise<SitemapPage> {
    const { rows, total } = await this.listings.sitemapPage(SITEMAP_PAGE_SIZE, page * SITEMAP_PAGE_SIZE);
    return {
      entries: rows.map((row) => ({
        path: listingPath(row.slug, row.id),
        updatedAt: row.updatedAt.toISOString(),
      })),
      pageSize: SITEMAP_PAGE_SIZE,
      total,
    };
  }
}

function descendantIds(node: CategoryNode): string[] {
  return [node.id, ...node.children.flatMap(descendantIds)];
}
