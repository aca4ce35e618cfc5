import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { listBrandsQuerySchema, localeQuerySchema } from '@tarodan/contracts';
import { Public } from '../../platform/auth/access-policy.js';
import { parseArgs as parse } from '../../platform/errors/parse-args.js';
import { BrandPageType, BrandType, CategoryDetailType, CategoryType } from './catalog.graphql-types.js';
import { idOrSlugParamsSchema } from './catalog.schemas.js';
import { CatalogService } from './catalog.service.js';

/** GraphQL door to the same CatalogService the REST controllers use. */
@Resolver()
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => [CategoryType], { description: 'The category tree, top level first' })
  @Public()
  async categories(@Args('locale', { nullable: true, type: () => String }) locale?: string) {
    return this.catalog.categoryTree(parse(localeQuerySchema, { locale }).locale);
  }

  @Query(() => CategoryDetailType)
  @Public()
  async category(
    @Args('idOrSlug') idOrSlug: string,
    @Args('locale', { nullable: true, type: () => String }) locale?: string,
  ) {
    const args = parse(idOrSlugParamsSchema.extend(localeQuerySchema.shape), { idOrSlug, locale });
    const { category, path } = await this.catalog.category(args.idOrSlug, args.locale);
    return { category, path: path.map((c) => ({ ...c, children: [] })) };
  }

  @Query(() => BrandPageType)
  @Public()
  brands(
    @Args('q', { nullable: true, type: () => String }) q?: string,
    @Args('limit', { nullable: true, type: () => Int }) limit?: number,
    @Args('offset', { nullable: true, type: () => Int }) offset?: number,
  ) {
    return this.catalog.brands(parse(listBrandsQuerySchema, { q, limit, offset }));
  }

  @Query(() => BrandType)
  @Public()
  brand(@Args('idOrSlug') idOrSlug: string) {
    return this.catalog.brand(parse(idOrSlugParamsSchema, { idOrSlug }).idOrSlug);
  }
}
