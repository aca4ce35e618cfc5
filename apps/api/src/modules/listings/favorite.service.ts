import { Injectable } from '@nestjs/common';
import type { ListingCard, Locale, Page } from '@tarodan/contracts';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError } from '../../platform/errors/app-error.js';
import { FavoriteRepository } from './favorite.repository.js';
import { ListingRepository } from './listing.repository.js';
import { ListingViews } from './listing-views.service.js';

export type FavoriteState = { favorited: boolean; favoriteCount: number };

/** A member's favorites: only active listings can be added; removing always works. */
@Injectable()
export class FavoriteService {
  constructor(
    private readonly favorites: FavoriteRepository,
    private readonly listings: ListingRepository,
    private readonly views: ListingViews,
  ) {}

  async add(caller: Caller, listingId: string): Promise<FavoriteState> {
    const listing = await this.listings.findById(listingId);
    if (listing?.status !== 'active') throw AppError.notFound('Listing', listingId);
    return { favorited: true, favoriteCount: await this.favorites.add(caller.userId, listingId) };
  }

  async remove(caller: Caller, listingId: string): Promise<FavoriteState> {
    return { favorited: false, favoriteCount: await this.favorites.remove(caller.userId, listingId) };
  }

  async list(
    caller: Caller,
    query: { limit: number; offset: number; locale: Locale },
  ): Promise<Page<ListingCard>> {
    const { rows, total } = await this.favorites.listOf(caller.userId, query.limit, query.offset);
    return {
      items: await this.views.cards(rows, query.locale),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }
}
