import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ListingCardType } from '../listings/listings.graphql-types.js';

@ObjectType('SearchFacetBucket')
export class SearchFacetBucketType {
  @Field() value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('SearchFacet', {
  description: "A filter's values with counts, computed without that filter itself",
})
export class SearchFacetType {
  @Field({
    description:
      'category, brand, scale, condition, packaging, flag, year (decades: "1980s"), price (kuruş ranges: "10000-25000", "1000000-"), city, free_shipping, seller_rating (cumulative: "4+", "3+", …)',
  })
  name!: string;
  @Field(() => [SearchFacetBucketType]) buckets!: SearchFacetBucketType[];
}

@ObjectType('SearchResult')
export class SearchResultType {
  @Field(() => [ListingCardType]) items!: ListingCardType[];
  @Field(() => Int) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) limit!: number;
  @Field(() => [SearchFacetType]) facets!: SearchFacetType[];
  @Field(() => String, {
    nullable: true,
    description: 'A corrected query when the words as typed match nothing',
  })
  didYouMean!: string | null;
}

@ObjectType('SearchSuggestion')
export class SearchSuggestionType {
  @Field({ description: 'brand, series or title' }) kind!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) ref!: string | null;
}
