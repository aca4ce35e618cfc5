import { z } from 'zod';
import { brandSchema, categorySchema } from './catalog.js';
import { publicMediaImageSchema } from './media.js';

// ── Collectible attributes ────────────────────────────────────────────────────────────────────────────────────────

/** Every listing states these three; they are columns, facets and badges, not per-category attributes. */
export const conditionGrades = [
  'mint',
  'near_mint',
  'very_good',
  'good',
  'played_with',
  'for_parts',
] as const;
export type ConditionGrade = (typeof conditionGrades)[number];
export const packagingStates = ['sealed', 'box_damaged', 'loose'] as const;
export type PackagingState = (typeof packagingStates)[number];
export const authenticities = ['original', 'reproduction'] as const;
export type Authenticity = (typeof authenticities)[number];

export const attributeTypes = ['enum', 'number', 'text', 'boolean'] as const;
export type AttributeType = (typeof attributeTypes)[number];

export const attributeKeySchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{1,39}$/,
    'must be 2-40 lowercase letters, digits or underscores, starting with a letter',
  );

export const attributeOptionSchema = z.object({
  value: z.string().regex(/^[a-z0-9][a-z0-9_:.-]{0,39}$/, 'must be a short lowercase value such as 1:64'),
  labelTr: z.string().trim().min(1).max(60),
  labelEn: z.string().trim().min(1).max(60),
});
export type AttributeOption = z.infer<typeof attributeOptionSchema>;

/** One attribute a category asks for: typed, labelled in both languages, with its own limits. */
export const attributeDefinitionSchema = z.object({
  key: attributeKeySchema,
  type: z.enum(attributeTypes),
  labelTr: z.string().trim().min(1).max(60),
  labelEn: z.string().trim().min(1).max(60),
  /** Only for `enum`: the values a seller may pick, in display order. */
  options: z.array(attributeOptionSchema).max(100).nullable(),
  /** Only for `number`. */
  min: z.number().nullable(),
  max: z.number().nullable(),
  unit: z.string().max(10).nullable(),
  /** Only for `text`. */
  maxLength: z.number().int().min(1).max(500).nullable(),
  /** Boolean attributes that are shown as badges on cards (Treasure Hunt, chase, limited edition...). */
  isFlag: z.boolean(),
});
export type AttributeDefinition = z.infer<typeof attributeDefinitionSchema>;

/** An attribute as a category uses it: whether it is required and where it shows. Inherited by subcategories. */
export const categoryAttributeSchema = attributeDefinitionSchema.extend({
  required: z.boolean(),
  position: z.number().int(),
  /** The label in the caller's locale. */
  label: z.string(),
  /** Set when the attribute comes from an ancestor category. */
  inheritedFrom: z.string().nullable(),
});
export type CategoryAttribute = z.infer<typeof categoryAttributeSchema>;
export const categoryAttributesResponseSchema = z.object({
  category: categorySchema,
  attributes: z.array(categoryAttributeSchema),
});
export type CategoryAttributesResponse = z.infer<typeof categoryAttributesResponseSchema>;

/** Admin: PUT /admin/v1/categories/:id/attributes — the category's own attribute set, in order. */
export const putCategoryAttributesSchema = z.object({
  attributes: z
    .array(z.object({ key: attributeKeySchema, required: z.boolean().default(false) }))
    .max(40)
    .refine((list) => new Set(list.map((a) => a.key)).size === list.length, 'must not repeat an attribute'),
});
export type PutCategoryAttributes = z.infer<typeof putCategoryAttributesSchema>;

/** Admin: PUT /admin/v1/attributes/:key — define or change an attribute. */
export const upsertAttributeDefinitionSchema = attributeDefinitionSchema.omit({ key: true });
export type UpsertAttributeDefinition = z.infer<typeof upsertAttributeDefinitionSchema>;

/** Attribute values as a seller sends them: the category's set decides which keys and types are valid. */
export const attributeValuesSchema = z.record(
  attributeKeySchema,
  z.union([z.string().max(500), z.number(), z.boolean()]),
);
export type AttributeValues = z.infer<typeof attributeValuesSchema>;

// ── Listings ──────────────────────────────────────────────────────────────────────────────────────────────────────

export const listingStatuses = [
  'draft',
  'pending_review',
  'active',
  'paused',
  'sold',
  'rejected',
  'archived',
] as const;
export type ListingStatus = (typeof listingStatuses)[number];

/** What a seller (or a moderator) can do to a listing; the state machine decides from which states. */
export const listingActions = [
  'publish',
  'pause',
  'resume',
  'mark_sold',
  'archive',
  'approve',
  'reject',
  'send_to_review',
] as const;
export type ListingAction = (typeof listingActions)[number];

export const shippingPayers = ['seller', 'buyer'] as const;
export type ShippingPayer = (typeof shippingPayers)[number];

export const MAX_LISTING_PHOTOS = 12;
/** 50 million TRY: anything above is a typo. */
export const MAX_PRICE_KURUS = 5_000_000_000;

const kurus = (max: number) =>
  z
    .number({ message: 'must be a whole number of kuruş' })
    .int('must be a whole number of kuruş')
    .min(0, 'must not be negative')
    .max(max, `must be at most ${max} kuruş`);

/** Every field a seller edits, without defaults (so PATCH changes only what it names). */
const listingFields = {
  categoryId: z.uuid({ message: 'must be a category id' }),
  brandId: z.uuid({ message: 'must be a brand id' }).nullable(),
  title: z.string().trim().min(5, 'must be at least 5 characters').max(120, 'must be at most 120 characters'),
  description: z
    .string()
    .trim()
    .min(20, 'must be at least 20 characters')
    .max(5000, 'must be at most 5000 characters'),
  condition: z.enum(conditionGrades),
  packaging: z.enum(packagingStates),
  authenticity: z.enum(authenticities),
  attributes: attributeValuesSchema,
  priceKurus: kurus(MAX_PRICE_KURUS).min(100, 'must be at least 1 TRY (100 kuruş)'),
  quantity: z.number().int().min(1).max(99),
  acceptsOffers: z.boolean(),
  shippingPayer: z.enum(shippingPayers),
  /** What the buyer pays for shipping when `shippingPayer` is `buyer`; must be 0 when the seller pays. */
  shippingFeeKurus: kurus(1_000_000),
  shipsWithinDays: z.number().int().min(1).max(10),
  /** Photo ids from POST /v1/media/images, in display order; the first is the cover. */
  photoIds: z
    .array(z.uuid({ message: 'must be an image id' }))
    .max(MAX_LISTING_PHOTOS, `must be at most ${MAX_LISTING_PHOTOS} photos`)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a photo'),
};

const shippingRule = <T extends { shippingPayer?: ShippingPayer; shippingFeeKurus?: number }>(
  value: T,
  ctx: z.RefinementCtx,
) => {
  if (value.shippingPayer === 'seller' && (value.shippingFeeKurus ?? 0) > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['shippingFeeKurus'],
      message: 'must be 0 when the seller pays for shipping',
    });
  }
};

/** POST /v1/listings — creates a draft. */
export const createListingSchema = z
  .object({
    ...listingFields,
    brandId: listingFields.brandId.default(null),
    authenticity: listingFields.authenticity.default('original'),
    attributes: listingFields.attributes.default({}),
    quantity: listingFields.quantity.default(1),
    acceptsOffers: listingFields.acceptsOffers.default(false),
    shippingPayer: listingFields.shippingPayer.default('buyer'),
    shippingFeeKurus: listingFields.shippingFeeKurus.default(0),
    shipsWithinDays: listingFields.shipsWithinDays.default(2),
    photoIds: listingFields.photoIds.default([]),
  })
  .strict()
  .superRefine(shippingRule);
export type CreateListing = z.infer<typeof createListingSchema>;

/** PATCH /v1/listings/:id — any subset; an edited live listing is checked again. */
export const updateListingSchema = z
  .object(listingFields)
  .partial()
  .strict()
  .superRefine(shippingRule)
  .refine((value) => Object.keys(value).length > 0, 'must change at least one field');
export type UpdateListing = z.infer<typeof updateListingSchema>;

export const rejectListingSchema = z.object({
  reason: z.string().trim().min(10, 'must be at least 10 characters').max(1000),
});
export type RejectListing = z.infer<typeof rejectListingSchema>;

export const listingSorts = ['newest', 'price_asc', 'price_desc', 'popular'] as const;
export type ListingSort = (typeof listingSorts)[number];

/** GET /v1/listings — public browse: active listings of a category (and its subcategories). */
export const browseListingsQuerySchema = z.object({
  locale: z.enum(['tr', 'en']).default('tr'),
  category: z.string().min(1).max(120).optional(),
  seller: z.uuid({ message: 'must be a seller id' }).optional(),
  sort: z.enum(listingSorts).default('newest'),
  limit: z.coerce.number().int().min(1).max(96).default(48),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000, 'must be at most 10000 (narrow the search instead)')
    .default(0),
});
export type BrowseListingsQuery = z.infer<typeof browseListingsQuerySchema>;

/** GET /v1/me/listings */
export const myListingsQuerySchema = z.object({
  locale: z.enum(['tr', 'en']).default('tr'),
  status: z.enum(listingStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(96).default(48),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type MyListingsQuery = z.infer<typeof myListingsQuerySchema>;

export const listingSellerSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  /** The shop name from seller onboarding: shown first, the member's name under it. */
  storeName: z.string().nullable(),
  city: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  avatar: publicMediaImageSchema.nullable(),
  memberSince: z.string(),
  activeListings: z.number().int(),
  /** Reviews arrive with orders; until then null. */
  rating: z.number().nullable(),
  ratingCount: z.number().int(),
});
export type ListingSeller = z.infer<typeof listingSellerSchema>;

export const listingAttributeValueSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Raw value as stored. */
  value: z.union([z.string(), z.number(), z.boolean()]),
  /** Localized for display: the option label, `1985`, `Evet`. */
  display: z.string(),
  isFlag: z.boolean(),
});
export type ListingAttributeValue = z.infer<typeof listingAttributeValueSchema>;

/** A grid card: what a category page, a storefront or favorites needs. */
export const listingCardSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  /** `/ilan/<slug>-<id>` without a locale prefix. */
  path: z.string(),
  title: z.string(),
  status: z.enum(listingStatuses),
  priceKurus: z.number().int(),
  currency: z.literal('TRY'),
  condition: z.enum(conditionGrades),
  packaging: z.enum(packagingStates),
  /** Flag attributes that are true, e.g. `treasure_hunt`, with their localized labels. */
  badges: z.array(z.object({ key: z.string(), label: z.string() })),
  cover: publicMediaImageSchema.nullable(),
  brand: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).nullable(),
  categoryId: z.uuid(),
  sellerId: z.uuid(),
  city: z.string().nullable(),
  freeShipping: z.boolean(),
  favoriteCount: z.number().int(),
  publishedAt: z.string().nullable(),
});
export type ListingCard = z.infer<typeof listingCardSchema>;

export const moderationFindingSchema = z.object({
  rule: z.enum(['banned_word', 'phone_number', 'iban', 'email_address', 'price_too_low', 'price_too_high']),
  field: z.string(),
  /** Turkish first, then English. */
  message: z.string(),
});
export type ModerationFinding = z.infer<typeof moderationFindingSchema>;

/** The listing page: everything a buyer sees. */
export const listingDetailSchema = listingCardSchema.extend({
  description: z.string(),
  authenticity: z.enum(authenticities),
  quantity: z.number().int(),
  acceptsOffers: z.boolean(),
  shippingPayer: z.enum(shippingPayers),
  shippingFeeKurus: z.number().int(),
  shipsWithinDays: z.number().int(),
  photos: z.array(publicMediaImageSchema),
  attributes: z.array(listingAttributeValueSchema),
  category: categorySchema,
  /** Root first, the listing's category last. */
  breadcrumbs: z.array(z.object({ slug: z.string(), name: z.string() })),
  brandDetail: brandSchema.nullable(),
  seller: listingSellerSchema,
  /** Only for the caller who is signed in: did they favorite it. */
  isFavorite: z.boolean(),
  updatedAt: z.string(),
  soldAt: z.string().nullable(),
});
export type ListingDetail = z.infer<typeof listingDetailSchema>;

/** The seller's (and staff's) view of their own listing: the raw values to edit and the moderation outcome. */
export const ownListingSchema = listingDetailSchema.extend({
  brandId: z.uuid().nullable(),
  attributeValues: attributeValuesSchema,
  photoIds: z.array(z.uuid()),
  /** Every photo, also pending or failed ones, with the reason a failed one was refused. */
  photoStatus: z.array(
    z.object({
      id: z.uuid(),
      status: z.enum(['pending', 'ready', 'failed']),
      failureReason: z.string().nullable(),
    }),
  ),
  /** Why a moderator rejected it, in their words. */
  rejectionReason: z.string().nullable(),
  /** Why the automatic checks sent it to review. */
  findings: z.array(moderationFindingSchema),
  /** What the seller may do next from this state. */
  allowedActions: z.array(z.enum(listingActions)),
  createdAt: z.string(),
});
export type OwnListing = z.infer<typeof ownListingSchema>;
/** What every write on a listing answers (create, edit, actions, moderation decisions). */
export const ownListingResponseSchema = z.object({ listing: ownListingSchema });

export const listingTransitionSchema = z.object({
  from: z.enum(listingStatuses).nullable(),
  to: z.enum(listingStatuses),
  action: z.string(),
  actor: z.enum(['seller', 'moderator', 'system']),
  reason: z.string().nullable(),
  at: z.string(),
});
export type ListingTransition = z.infer<typeof listingTransitionSchema>;

export const listingPriceChangeSchema = z.object({ priceKurus: z.number().int(), at: z.string() });

/** GET /v1/listings/:id/history — owner and staff. */
export const listingHistorySchema = z.object({
  transitions: z.array(listingTransitionSchema),
  prices: z.array(listingPriceChangeSchema),
});
export type ListingHistory = z.infer<typeof listingHistorySchema>;

/** GET /v1/sellers/:id — storefront. */
export const storefrontSchema = z.object({
  seller: listingSellerSchema.extend({ bio: z.string().nullable() }),
});
export type Storefront = z.infer<typeof storefrontSchema>;

/** Admin moderation queue row. */
export const moderationQueueItemSchema = z.object({
  listing: ownListingSchema,
  submittedAt: z.string(),
});
export type ModerationQueueItem = z.infer<typeof moderationQueueItemSchema>;

export const moderationQueueQuerySchema = z.object({
  locale: z.enum(['tr', 'en']).default('tr'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** GET /v1/sitemap/listings — what sitemap.xml lists: live and sold listings, newest change first. */
export const sitemapListingsQuerySchema = z.object({
  page: z.coerce.number().int().min(0).max(10_000).default(0),
});
export const sitemapEntrySchema = z.object({ path: z.string(), updatedAt: z.string() });
export const sitemapPageSchema = z.object({
  entries: z.array(sitemapEntrySchema),
  /** Entries per sitemap page (the sitemap protocol allows 50,000). */
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type SitemapPage = z.infer<typeof sitemapPageSchema>;

/** `/ilan/<slug>-<id>` — the id makes it stable when the title (and so the slug) changes. */
export function listingPath(slug: string, id: string): string {
  return `/ilan/${slug}-${id}`;
}

const UUID_TAIL = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The id at the end of a listing URL segment (`hot-wheels-…-<uuid>`), or null. */
export function listingIdFromSegment(segment: string): string | null {
  return UUID_TAIL.exec(segment)?.[1]?.toLowerCase() ?? null;
}
