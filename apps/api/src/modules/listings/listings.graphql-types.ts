import {
  type CustomScalar,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
  Scalar,
} from '@nestjs/graphql';
import type { AttributeValues, ModerationFinding } from '@tarodan/contracts';
import { Kind, type ValueNode } from 'graphql';
import { CategoryType } from '../catalog/catalog.graphql-types.js';
import {
  MediaImagePlaceholderType,
  MediaImageVariantType,
  MediaStatusEnum,
} from '../media/media.graphql-types.js';

/** Attribute values keyed by attribute: `{ "scale": "1:64", "treasure_hunt": true, "production_year": 1998 }`. */
@Scalar('AttributeValues', () => AttributeValuesScalar)
export class AttributeValuesScalar implements CustomScalar<unknown, unknown> {
  description = 'An object of attribute key → string, number or boolean; checked against the category set';
  serialize = (value: unknown) => value;
  parseValue = (value: unknown) => value;
  parseLiteral = (ast: ValueNode) => literalValue(ast);
}

function literalValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, literalValue(field.value)]));
    case Kind.STRING:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.BOOLEAN:
      return ast.value;
    default:
      return null;
  }
}

export const ListingSortEnum = {
  newest: 'newest',
  price_asc: 'price_asc',
  price_desc: 'price_desc',
  popular: 'popular',
};
registerEnumType(ListingSortEnum, { name: 'ListingSort' });
export const ListingActionEnum = {
  publish: 'publish',
  pause: 'pause',
  resume: 'resume',
  mark_sold: 'mark_sold',
  archive: 'archive',
} as const;
registerEnumType(ListingActionEnum, { name: 'ListingAction', description: "The seller's moves" });

@ObjectType('ListingPhoto', { description: 'A public listing photo; variants once processed' })
export class ListingPhotoType {
  @Field(() => ID) id: string;
  @Field(() => MediaStatusEnum) status: string;
  @Field(() => Int, { nullable: true }) width: number | null;
  @Field(() => Int, { nullable: true }) height: number | null;
  @Field(() => MediaImagePlaceholderType, { nullable: true }) placeholder: MediaImagePlaceholderType | null;
  @Field(() => String, { nullable: true }) src: string | null;
  @Field(() => [MediaImageVariantType], { nullable: true }) variants: MediaImageVariantType[] | null;
}

@ObjectType('ListingBadge')
export class ListingBadgeType {
  @Field() key: string;
  @Field() label: string;
}

@ObjectType('ListingBrand')
export class ListingBrandType {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
}

@ObjectType('ListingCard', { description: 'A grid card: category pages, storefronts, favorites' })
export class ListingCardType {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field({ description: '/ilan/<slug>-<id>' }) path: string;
  @Field() title: string;
  @Field() status: string;
  @Field(() => Number, { description: 'TRY in kuruş (a whole number; Float because prices can pass 2^31)' })
  priceKurus: number;
  @Field() currency: string;
  @Field() condition: string;
  @Field() packaging: string;
  @Field(() => [ListingBadgeType]) badges: ListingBadgeType[];
  @Field(() => ListingPhotoType, { nullable: true }) cover: ListingPhotoType | null;
  @Field(() => ListingBrandType, { nullable: true }) brand: ListingBrandType | null;
  @Field(() => ID) categoryId: string;
  @Field(() => ID) sellerId: string;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field() freeShipping: boolean;
  @Field(() => Int) favoriteCount: number;
  @Field(() => String, { nullable: true }) publishedAt: string | null;
}

@ObjectType('ListingCardPage')
export class ListingCardPageType {
  @Field(() => [ListingCardType]) items: ListingCardType[];
  @Field(() => Int) total: number;
  @Field(() => Int) limit: number;
  @Field(() => Int) offset: number;
}

@ObjectType('ListingAttributeValue')
export class ListingAttributeValueType {
  @Field() key: string;
  @Field() label: string;
  @Field({ description: 'Localized for display' }) display: string;
  @Field() isFlag: boolean;
}

@ObjectType('ListingSeller')
export class ListingSellerType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true, description: 'The shop name from seller onboarding' })
  storeName: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) avatarUrl: string | null;
  @Field(() => ListingPhotoType, { nullable: true, description: 'Square variants 128/256/512' })
  avatar: ListingPhotoType | null;
  @Field() memberSince: string;
  @Field(() => Int) activeListings: number;
  @Field(() => Number, { nullable: true }) rating: number | null;
  @Field(() => Int) ratingCount: number;
}

@ObjectType('Breadcrumb')
export class BreadcrumbType {
  @Field() slug: string;
  @Field() name: string;
}

@ObjectType('ListingDetail', { description: "A listing's page" })
export class ListingDetailType extends ListingCardType {
  @Field() description: string;
  @Field() authenticity: string;
  @Field(() => Int) quantity: number;
  @Field() acceptsOffers: boolean;
  @Field() shippingPayer: string;
  @Field(() => Int) shippingFeeKurus: number;
  @Field(() => Int) shipsWithinDays: number;
  @Field(() => [ListingPhotoType]) photos: ListingPhotoType[];
  @Field(() => [ListingAttributeValueType]) attributes: ListingAttributeValueType[];
  @Field(() => CategoryType) category: CategoryType;
  @Field(() => [BreadcrumbType]) breadcrumbs: BreadcrumbType[];
  @Field(() => ListingSellerType) seller: ListingSellerType;
  @Field() isFavorite: boolean;
  @Field() updatedAt: string;
  @Field(() => String, { nullable: true }) soldAt: string | null;
}

@ObjectType('ModerationFinding')
export class ModerationFindingType {
  @Field(() => String) rule: ModerationFinding['rule'];
  @Field() field: string;
  @Field() message: string;
}

@ObjectType('OwnListing', {
  description: "The seller's view: raw values, findings, rejection reason, next actions",
})
export class OwnListingType extends ListingDetailType {
  @Field(() => ID, { nullable: true }) brandId: string | null;
  @Field(() => AttributeValuesScalar) attributeValues: AttributeValues;
  @Field(() => [ID]) photoIds: string[];
  @Field(() => String, { nullable: true }) rejectionReason: string | null;
  @Field(() => [ModerationFindingType]) findings: ModerationFindingType[];
  @Field(() => [String]) allowedActions: string[];
  @Field() createdAt: string;
}

@ObjectType('OwnListingPage')
export class OwnListingPageType {
  @Field(() => [OwnListingType]) items: OwnListingType[];
  @Field(() => Int) total: number;
  @Field(() => Int) limit: number;
  @Field(() => Int) offset: number;
}

@ObjectType('FavoriteState')
export class FavoriteStateType {
  @Field() favorited: boolean;
  @Field(() => Int) favoriteCount: number;
}

/** The same fields as REST's createListingSchema; validated by it. */
@InputType('ListingInput')
export class ListingInputType {
  @Field(() => ID, { nullable: true }) categoryId?: string;
  @Field(() => ID, { nullable: true }) brandId?: string | null;
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) description?: string;
  @Field({ nullable: true }) condition?: string;
  @Field({ nullable: true }) packaging?: string;
  @Field({ nullable: true }) authenticity?: string;
  @Field(() => AttributeValuesScalar, { nullable: true }) attributes?: AttributeValues;
  @Field(() => Number, { nullable: true }) priceKurus?: number;
  @Field(() => Int, { nullable: true }) quantity?: number;
  @Field({ nullable: true }) acceptsOffers?: boolean;
  @Field({ nullable: true }) shippingPayer?: string;
  @Field(() => Int, { nullable: true }) shippingFeeKurus?: number;
  @Field(() => Int, { nullable: true }) shipsWithinDays?: number;
  @Field(() => [ID], { nullable: true }) photoIds?: string[];
}
