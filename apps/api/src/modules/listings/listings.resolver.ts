import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  browseListingsQuerySchema,
  createListingSchema,
  myListingsQuerySchema,
  updateListingSchema,
} from '@tarodan/contracts';
import { z } from 'zod';
import { Authenticated, Public } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { parseArgs } from '../../platform/errors/parse-args.js';
import { FavoriteService } from './favorite.service.js';
import { ListingService } from './listing.service.js';
import { ListingBrowseService } from './listing-browse.service.js';
import { listingParams, pageQuery, sellerActionParams } from './listing-http.schemas.js';
import { ListingLifecycleService } from './listing-lifecycle.service.js';
import {
  FavoriteStateType,
  ListingActionEnum,
  ListingCardPageType,
  ListingDetailType,
  ListingInputType,
  ListingSortEnum,
  OwnListingPageType,
  OwnListingType,
} from './listings.graphql-types.js';

const listingArgs = listingParams.extend({ locale: z.enum(['tr', 'en']).default('tr') });

/** GraphQL door to the listing services the REST controllers use; a page of cards costs a constant number of queries. */
@Resolver()
export class ListingsResolver {
  constructor(
    private readonly listingService: ListingService,
    private readonly lifecycle: ListingLifecycleService,
    private readonly browsing: ListingBrowseService,
    private readonly favorites: FavoriteService,
  ) {}

  @Query(() => ListingCardPageType, {
    description: 'Active listings of a category (and subcategories) or a seller',
  })
  @Public()
  listings(
    @Args('category', { nullable: true }) category?: string,
    @Args('seller', { type: () => ID, nullable: true }) seller?: string,
    @Args('sort', { type: () => ListingSortEnum, nullable: true }) sort?: string,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number,
    @Args('offset', { type: () => Int, nullable: true }) offset?: number,
    @Args('locale', { nullable: true }) locale?: string,
  ) {
    return this.browsing.browse(
      parseArgs(browseListingsQuerySchema, { category, seller, sort, limit, offset, locale }),
    );
  }

  @Query(() => ListingDetailType, { description: "A listing's page" })
  @Public()
  listing(
    @CurrentCaller() caller: Caller | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('locale', { nullable: true }) locale?: string,
  ) {
    const args = parseArgs(listingArgs, { id, locale });
    return this.browsing.detail(caller, args.id, args.locale);
  }

  @Query(() => OwnListingPageType, { description: 'Your listings, newest change first' })
  @Authenticated()
  myListings(
    @CurrentCaller() caller: Caller,
    @Args('status', { nullable: true }) status?: string,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number,
    @Args('offset', { type: () => Int, nullable: true }) offset?: number,
    @Args('locale', { nullable: true }) locale?: string,
  ) {
    return this.browsing.mine(caller, parseArgs(myListingsQuerySchema, { status, limit, offset, locale }));
  }

  @Query(() => ListingCardPageType, { description: 'Your favorites, newest first' })
  @Authenticated()
  myFavorites(
    @CurrentCaller() caller: Caller,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number,
    @Args('offset', { type: () => Int, nullable: true }) offset?: number,
    @Args('locale', { nullable: true }) locale?: string,
  ) {
    return this.favorites.list(caller, parseArgs(pageQuery, { limit, offset, locale }));
  }

  @Mutation(() => OwnListingType, { description: 'Create a draft listing' })
  @Authenticated()
  createListing(@CurrentCaller() caller: Caller, @Args('input') input: ListingInputType) {
    return this.listingService.create(caller, parseArgs(createListingSchema, { ...input }));
  }

  @Mutation(() => OwnListingType, { description: 'Edit a listing; a live one is checked again' })
  @Authenticated()
  updateListing(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ListingInputType,
  ) {
    const { id: listingId } = parseArgs(listingParams, { id });
    return this.listingService.update(caller, listingId, parseArgs(updateListingSchema, { ...input }));
  }

  @Mutation(() => OwnListingType, { description: 'publish, pause, resume, mark_sold or archive' })
  @Authenticated()
  listingAction(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('action', { type: () => ListingActionEnum }) action: string,
  ) {
    const args = parseArgs(sellerActionParams, { id, action: action === 'mark_sold' ? 'mark-sold' : action });
    return this.lifecycle.act(caller, args.id, args.action);
  }

  @Mutation(() => FavoriteStateType)
  @Authenticated()
  favoriteListing(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.favorites.add(caller, parseArgs(listingParams, { id }).id);
  }

  @Mutation(() => FavoriteStateType)
  @Authenticated()
  unfavoriteListing(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.favorites.remove(caller, parseArgs(listingParams, { id }).id);
  }
}
