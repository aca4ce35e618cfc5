import { Args, Float, Int, Query, Resolver } from '@nestjs/graphql';
import { searchQuerySchema, suggestQuerySchema } from '@tarodan/contracts';
import { Public } from '../../platform/auth/access-policy.js';
import { parseArgs } from '../../platform/errors/parse-args.js';
import { SearchResultType, SearchSuggestionType } from './search.graphql-types.js';
import { SearchService } from './search.service.js';

const list = { type: () => [String], nullable: true } as const;

/** GraphQL door to the same SearchService as `GET /v1/search`; arguments are validated by the same schema. */
@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchResultType, { description: 'Search active listings: hits as cards, facets and total' })
  @Public()
  async search(
    @Args('q', { nullable: true }) q?: string,
    @Args('category', { nullable: true }) category?: string,
    @Args('brand', list) brand?: string[],
    @Args('scale', list) scale?: string[],
    @Args('condition', list) condition?: string[],
    @Args('packaging', list) packaging?: string[],
    @Args('flag', list) flag?: string[],
    @Args('city', list) city?: string[],
    @Args('yearMin', { type: () => Int, nullable: true }) yearMin?: number,
    @Args('yearMax', { type: () => Int, nullable: true }) yearMax?: number,
    @Args('priceMin', { type: () => Int, nullable: true }) priceMin?: number,
    @Args('priceMax', { type: () => Int, nullable: true }) priceMax?: number,
    @Args('freeShipping', { type: () => Boolean, nullable: true }) freeShipping?: boolean,
    @Args('ratingMin', {
      type: () => Float,
      nullable: true,
      description:
        "Sellers whose average review is at least this (1–5); facet `seller_rating` counts '4+', '3+'…",
    })
    ratingMin?: number,
    @Args('sort', { nullable: true }) sort?: string,
    @Args('page', { type: () => Int, nullable: true }) page?: number,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number,
    @Args('facets', list) facets?: string[],
    @Args('locale', { nullable: true }) locale?: string,
  ) {
    const request = parseArgs(searchQuerySchema, {
      q,
      category,
      brand,
      scale,
      condition,
      packaging,
      flag,
      city,
      yearMin,
      yearMax,
      priceMin,
      priceMax,
      freeShipping: freeShipping === undefined || freeShipping === null ? undefined : String(freeShipping),
      ratingMin,
      sort,
      page,
      limit,
      facets,
      locale,
    });
    const result = await this.searchService.search(request);
    return {
      ...result,
      facets: Object.entries(result.facets).map(([name, buckets]) => ({ name, buckets })),
    };
  }

  @Query(() => [SearchSuggestionType], {
    description: 'Autocomplete: brands, series and titles for a prefix',
  })
  @Public()
  async searchSuggestions(
    @Args('q') q: string,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number,
  ) {
    return (await this.searchService.suggest(parseArgs(suggestQuerySchema, { q, limit }))).suggestions;
  }
}
