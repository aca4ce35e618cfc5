import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type CategoryNode,
  ErrorCode,
  type Locale,
  type SearchQuery,
  type SearchRequest,
  type SearchResponse,
  type SuggestRequest,
  type SuggestResponse,
  searchFacetNames,
} from '@tarodan/contracts';
import { AppError } from '../../platform/errors/app-error.js';
import { foldText } from '../../platform/search/search-text.js';
import { CatalogService } from '../catalog/catalog.service.js';
import { ListingRepository } from '../listings/listing.repository.js';
import { ListingViews } from '../listings/listing-views.service.js';
import { SearchEngines } from './search-engines.js';
import { SearchResultCache } from './search-result-cache.js';
import { ZeroResultRepository } from './zero-result.repository.js';

/**
 * Buyers' search: a validated request (packages/contracts `searchQuerySchema`) becomes an engine query; hits come back
 * as listing cards in one batch. Public: anyone may search, so there is no permission to check.
 */
@Injectable()
export class SearchService {
  private readonly logger = new Logger('SearchService');

  constructor(
    @Inject(SearchEngines) private readonly engines: SearchEngines,
    @Inject(SearchResultCache) private readonly cache: SearchResultCache,
    private readonly catalog: CatalogService,
    private readonly listings: ListingRepository,
    private readonly views: ListingViews,
    private readonly zeroResults: ZeroResultRepository,
  ) {}

  /**
   * Whole pages are cached per index generation (docs/search.md, "The search cache"): a listing that is sold or
   * edited starts a new generation within the drain interval, so only its favorite count and its seller's name may
   * be up to SEARCH_CACHE_TTL_SECONDS old. Zero-result queries are recorded on every request, cached or not.
   */
  async search(request: SearchRequest): Promise<SearchResponse> {
    const response = await this.cache.remember('page', request, () => this.searchPage(request));
    if (response.total === 0 && request.q) this.recordZeroResult(request.q);
    return response;
  }

  private async searchPage(request: SearchRequest): Promise<SearchResponse> {
    const query: SearchQuery = {
      text: request.q || undefined,
      filters: {
        categoryIds: request.category ? await this.categoryIds(request.category, request.locale) : undefined,
        brands: request.brand,
        scales: request.scale,
        conditions: request.condition,
        packagings: request.packaging,
        flags: request.flag,
        cities: request.city,
        yearMin: request.yearMin,
        yearMax: request.yearMax,
        priceMin: request.priceMin,
        priceMax: request.priceMax,
        freeShipping: request.freeShipping,
        ratingMin: request.ratingMin,
      },
      sort: request.sort ?? (request.q ? 'relevance' : 'newest'),
      offset: (request.page - 1) * request.limit,
      limit: request.limit,
      facets: request.facets ?? searchFacetNames,
    };
    const result = await this.engines.read((engine) => engine.search(query));
    return {
      items: await this.cards(result.ids, request.locale),
      total: result.total,
      page: request.page,
      limit: request.limit,
      facets: result.facets,
      didYouMean: result.didYouMean,
    };
  }

  async suggest(request: SuggestRequest): Promise<SuggestResponse> {
    const suggestions = await this.cache.remember('suggest', request, () =>
      this.engines.read((engine) => engine.suggest(request.q, request.limit)),
    );
    return { suggestions };
  }

  /** Cards in hit order; a listing that stopped being active since it was indexed is left out. */
  private async cards(ids: readonly string[], locale: Locale) {
    const rows = await this.listings.findByIds(ids);
    const byId = new Map(rows.filter((row) => row.status === 'active').map((row) => [row.id, row]));
    const ordered = ids.flatMap((id) => byId.get(id) ?? []);
    return this.views.cards(ordered, locale);
  }

  /** The category with its subcategories; an unknown slug is a bad filter, not a missing page. */
  private async categoryIds(slug: string, locale: Locale): Promise<string[]> {
    try {
      return descendantIds((await this.catalog.category(slug, locale)).category);
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.NotFound) {
        throw AppError.validation([{ field: 'query.category', reason: 'is not a category' }]);
      }
      throw error;
    }
  }

  private recordZeroResult(text: string): void {
    const normalized = foldText(text).replace(/\s+/g, ' ').trim().slice(0, 200);
    this.zeroResults
      .record(normalized)
      .catch((error: Error) => this.logger.warn(`Could not record a zero-result query: ${error.message}`));
  }
}

function descendantIds(node: CategoryNode): string[] {
  return [node.id, ...node.children.flatMap(descendantIds)];
}
