import type { INestApplicationContext } from '@nestjs/common';
import {
  type CategoryAttribute,
  createListingSchema,
  ErrorCode,
  sellerOnboardingRequestSchema,
  slugify,
} from '@tarodan/contracts';
import { CategoryAttributeService } from '../modules/listings/category-attribute.service.js';
import { ListingService } from '../modules/listings/listing.service.js';
import { ListingLifecycleService } from '../modules/listings/listing-lifecycle.service.js';
import { MediaService } from '../modules/media/media.service.js';
import { SellerOnboardingService } from '../modules/selling/seller-onboarding.service.js';
import type { Caller } from '../platform/auth/caller.js';
import { Database } from '../platform/database/database.js';
import { AppError } from '../platform/errors/app-error.js';
import {
  type DraftPlan,
  draftListing,
  hashString,
  pickWeighted,
  seededRandom,
} from './listing-drafts.seed.js';
import { type ListingGroup, type ProductSeed, productSeeds } from './listings.seed-data.js';
import { SeedRepository } from './seed.repository.js';
import { SeedPhotoRenderer, type SeedPhotoSpec } from './seed-photo.renderer.js';
import { ibanOf, type SellerSeed, sellerSeeds, tcknOf } from './sellers.seed-data.js';

// The development catalog, made the way sellers make it: a seller profile ("Satışa başla"), photos uploaded and
// processed by the `process-image` job, drafts created and published through the listing services. Needs an
// application context whose job processors run in this process (see cli/seed.ts).

export interface CatalogSeedOptions {
  /** How many listings the seed sellers hold together when the seed is done (their existing ones count). */
  listings: number;
  /** Progress lines. */
  log: (line: string) => void;
  /** Gives up waiting for the image jobs after this long. Default 20 minutes. */
  photoTimeoutMs?: number;
}

export interface CatalogSeedSummary {
  sellers: number;
  profilesCreated: number;
  profilesPending: number;
  drafts: number;
  photos: number;
  distinctImages: number;
  /** Backdrop-and-toy scenes the photos were stamped from. */
  scenes: number;
  failedPhotos: number;
  published: Record<string, number>;
  notPublished: number;
  /** Listings by status over the whole database after the run. */
  totals: Record<string, number>;
  timings: { renderMs: number; uploadAndDraftMs: number; imageJobsMs: number; publishMs: number };
}

/** A member's upload allowance is 120 photos an hour (MediaService): a seed seller stays well below it. */
const MAX_UPLOADS_PER_SELLER = 110;

type Draft = { caller: Caller; listingId: string; photoIds: string[] };
type SellerPlan = { seed: SellerSeed; caller: Caller; existing: number; target: number };

export async function seedCatalog(
  app: INestApplicationContext,
  options: CatalogSeedOptions,
): Promise<CatalogSeedSummary> {
  const repository = new SeedRepository(app.get(Database));
  const summary: CatalogSeedSummary = {
    sellers: 0,
    profilesCreated: 0,
    profilesPending: 0,
    drafts: 0,
    photos: 0,
    distinctImages: 0,
    scenes: 0,
    failedPhotos: 0,
    published: {},
    notPublished: 0,
    totals: {},
    timings: { renderMs: 0, uploadAndDraftMs: 0, imageJobsMs: 0, publishMs: 0 },
  };
  const sellers = await planSellers(repository, options);
  summary.sellers = sellers.length;
  for (const seller of sellers) await ensureSellerProfile(app, seller, summary);
  if (summary.profilesPending > 0) {
    options.log(
      `  ${summary.profilesPending} seller profiles saved as pending: iyzico did not answer (is the sandbox running?); publishing needs only the profile`,
    );
  }

  const drafts = await createDrafts(app, repository, sellers, summary, options.log);
  if (drafts.length > 0) {
    let started = performance.now();
    summary.failedPhotos = await waitForPhotos(app, drafts, options);
    summary.timings.imageJobsMs = performance.now() - started;
    started = performance.now();
    await publishAll(app, drafts, summary, options.log);
    summary.timings.publishMs = performance.now() - started;
  }
  summary.totals = await repository.countListingsByStatus();
  return summary;
}

/** Each seed seller's share of `options.listings`, and how many they already have. */
async function planSellers(repository: SeedRepository, options: CatalogSeedOptions): Promise<SellerPlan[]> {
  const shares = sellerSeeds.reduce((sum, seller) => sum + seller.share, 0);
  const plans: SellerPlan[] = [];
  for (const seed of sellerSeeds) {
    const userId = await repository.userIdByEmail(seed.email);
    if (!userId) {
      options.log(`  ${seed.email} does not exist (removed?): skipped`);
      continue;
    }
    plans.push({
      seed,
      caller: { userId, role: 'member', sessionId: `seed:${userId}` },
      existing: await repository.countListingsOf(userId),
      target: Math.round((options.listings * seed.share) / shares),
    });
  }
  return plans;
}

/**
 * "Satışa başla" with the seller's details. iyzico's sandbox is usually not running while seeding: the service
 * then keeps the profile `pending` (with a retry job) and answers 503, which is all publishing needs.
 */
async function ensureSellerProfile(
  app: INestApplicationContext,
  seller: SellerPlan,
  summary: CatalogSeedSummary,
): Promise<void> {
  const onboarding = app.get(SellerOnboardingService);
  if (await onboarding.maskedProfile(seller.caller.userId)) return;
  const { seed } = seller;
  const details = sellerOnboardingRequestSchema.parse({
    type: 'PERSONAL',
    storeName: seed.storeName,
    contactName: seed.contactName,
    contactSurname: seed.contactSurname,
    iban: ibanOf(seed),
    address: seed.address,
    city: seed.city,
    phone: seed.phone,
    identityNumber: tcknOf(seed),
  });
  try {
    const { seller: profile } = await onboarding.start(seller.caller, details);
    summary.profilesCreated += 1;
    if (profile.status !== 'active') summary.profilesPending += 1;
  } catch (error) {
    const unreachable = error instanceof AppError && error.code === ErrorCode.ServiceUnavailable;
    if (!unreachable || !(await onboarding.maskedProfile(seller.caller.userId))) throw error;
    summary.profilesCreated += 1;
    summary.profilesPending += 1;
  }
}

/** Renders, uploads and creates every missing draft, seller by seller. */
async function createDrafts(
  app: INestApplicationContext,
  repository: SeedRepository,
  sellers: SellerPlan[],
  summary: CatalogSeedSummary,
  log: (line: string) => void,
): Promise<Draft[]> {
  const ids = {
    categories: await repository.categoryIdsBySlug(),
    brands: await repository.brandIdsBySlug(),
  };
  const attributeSets = new Map<string, Map<string, CategoryAttribute>>();
  const images = new PhotoCache();
  const started = performance.now();
  const drafts: Draft[] = [];
  const complete = sellers.filter((seller) => seller.existing >= seller.target);
  if (complete.length > 0) {
    log(
      `  ${complete.length} of ${sellers.length} seed sellers already hold their share of listings: skipped`,
    );
  }
  for (const seller of sellers) {
    const missing = seller.target - seller.existing;
    if (missing <= 0) continue;
    let uploads = 0;
    let created = 0;
    for (let index = seller.existing; index < seller.target; index++) {
      const plan = planListing(seller.seed, index);
      const budget = MAX_UPLOADS_PER_SELLER - uploads - (seller.target - index - 1);
      const photos = plan.photos.slice(0, Math.max(1, budget));
      const set = await attributesOf(app, attributeSets, plan.product.category);
      try {
        const draft = await createDraft(app, seller.caller, plan, photos, set, ids, images);
        uploads += draft.photoIds.length;
        created += 1;
        drafts.push(draft);
      } catch (error) {
        // Redis keeps the upload allowance for an hour: a rerun soon after a failed run may meet it.
        if (!(error instanceof AppError && error.code === ErrorCode.RateLimited)) throw error;
        log(`  ${seller.seed.email}: upload limit reached (${error.message}); run the seed again later`);
        break;
      }
    }
    log(`  ${seller.seed.email}: ${created} of ${missing} drafts, ${uploads} photos uploaded`);
  }
  summary.drafts = drafts.length;
  summary.photos = drafts.reduce((sum, draft) => sum + draft.photoIds.length, 0);
  summary.distinctImages = images.size;
  summary.scenes = images.scenes;
  summary.timings.renderMs = images.renderMs;
  summary.timings.uploadAndDraftMs = performance.now() - started - images.renderMs;
  return drafts;
}

/**
 * The seller's `index`-th listing: a group by the seller's focus, then that group's toys in turn from a per-seller
 * starting point. Sellers of the same kind of toy list some of the same toys (as on any marketplace), and a seller
 * repeats a toy only after listing all of the group's others.
 */
export function planListing(seller: SellerSeed, index: number): DraftPlan {
  const groups = Array.from({ length: index + 1 }, (_, i) =>
    pickWeighted(seededRandom(hashString(`${seller.email}#group${i}`)), seller.focus),
  );
  const group = groups[index]!;
  const turn = groups.filter((g, i) => g === group && i < index).length;
  const products = productsByGroup.get(group) ?? [];
  const offset = hashString(`${seller.email}:${group}`) % products.length;
  return draftListing(
    products[(offset + turn) % products.length]!,
    seededRandom(hashString(`${seller.email}#${index}`)),
  );
}

const productsByGroup = new Map<ListingGroup, ProductSeed[]>();
for (const product of productSeeds) {
  productsByGroup.set(product.group, [...(productsByGroup.get(product.group) ?? []), product]);
}

async function createDraft(
  app: INestApplicationContext,
  caller: Caller,
  plan: DraftPlan,
  photos: SeedPhotoSpec[],
  set: Map<string, CategoryAttribute>,
  ids: { categories: Map<string, string>; brands: Map<string, string> },
  images: PhotoCache,
): Promise<Draft> {
  const { product } = plan;
  const categoryId = ids.categories.get(product.category);
  if (!categoryId)
    throw new Error(`Seed toy "${product.title}" names an unknown category ${product.category}`);
  const brandId = product.brand ? ids.brands.get(slugify(product.brand)) : null;
  if (brandId === undefined)
    throw new Error(`Seed toy "${product.title}" names an unknown brand ${product.brand}`);

  const media = app.get(MediaService);
  const photoIds: string[] = [];
  for (const spec of photos) {
    const image = await media.uploadImage(caller, 'listing-photo', await images.get(spec), 'image/jpeg');
    photoIds.push(image.id);
  }
  const input = createListingSchema.parse({
    ...plan.input,
    attributes: attributesFor(product, plan.input.attributes, set),
    categoryId,
    brandId,
    photoIds,
  });
  const listing = await app.get(ListingService).create(caller, input);
  return { caller, listingId: listing.id, photoIds };
}

/** The category's attribute set (own and inherited), as a seller's form would ask for it. */
async function attributesOf(
  app: INestApplicationContext,
  cache: Map<string, Map<string, CategoryAttribute>>,
  categorySlug: string,
): Promise<Map<string, CategoryAttribute>> {
  let set = cache.get(categorySlug);
  if (!set) {
    const { attributes } = await app.get(CategoryAttributeService).forCategory(categorySlug, 'tr');
    set = new Map(attributes.map((attribute) => [attribute.key, attribute]));
    cache.set(categorySlug, set);
  }
  return set;
}

/** Keeps the values the category asks for; a required one missing from the seed data is a bug in the seed data. */
function attributesFor(
  product: ProductSeed,
  values: Record<string, string | number | boolean>,
  set: Map<string, CategoryAttribute>,
): Record<string, string | number | boolean> {
  for (const attribute of set.values()) {
    if (attribute.required && values[attribute.key] === undefined) {
      throw new Error(`Seed toy "${product.title}" lacks the required attribute ${attribute.key}`);
    }
  }
  return Object.fromEntries(Object.entries(values).filter(([key]) => set.has(key)));
}

/** Polls the photos' processing (one query per seller) until none is pending; returns how many failed. */
async function waitForPhotos(
  app: INestApplicationContext,
  drafts: Draft[],
  options: CatalogSeedOptions,
): Promise<number> {
  const media = app.get(MediaService);
  const deadline = Date.now() + (options.photoTimeoutMs ?? 20 * 60_000);
  const bySeller = new Map<string, string[]>();
  for (const draft of drafts) {
    bySeller.set(draft.caller.userId, [...(bySeller.get(draft.caller.userId) ?? []), ...draft.photoIds]);
  }
  const total = drafts.reduce((sum, draft) => sum + draft.photoIds.length, 0);
  let lastLog = Date.now();
  for (;;) {
    const statuses = await Promise.all(
      [...bySeller].map(async ([ownerId, ids]) =>
        (await media.listingPhotos(ids, ownerId)).map((p) => p.status),
      ),
    );
    const pending = statuses.flat().filter((status) => status === 'pending').length;
    if (pending === 0) return statuses.flat().filter((status) => status === 'failed').length;
    if (Date.now() > deadline)
      throw new Error(`${pending} of ${total} photos are still being processed; gave up`);
    if (Date.now() - lastLog > 15_000) {
      options.log(`  image jobs: ${total - pending}/${total} done`);
      lastLog = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Publishes each draft; the automatic checks decide between active and the moderation queue. */
async function publishAll(
  app: INestApplicationContext,
  drafts: Draft[],
  summary: CatalogSeedSummary,
  log: (line: string) => void,
): Promise<void> {
  const lifecycle = app.get(ListingLifecycleService);
  for (const draft of drafts) {
    try {
      const listing = await lifecycle.act(draft.caller, draft.listingId, 'publish');
      summary.published[listing.status] = (summary.published[listing.status] ?? 0) + 1;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      summary.notPublished += 1;
      const details = error.details?.map((d) => `${d.field} ${d.reason}`).join('; ') ?? '';
      log(`  listing ${draft.listingId} stays a draft: ${error.message} ${details}`);
    }
  }
}

/** Renders each photo once; copies of the same toy upload the same bytes (each upload is still its own image). */
class PhotoCache {
  private readonly renderer = new SeedPhotoRenderer();
  private readonly images = new Map<string, Promise<Buffer>>();
  renderMs = 0;

  get size(): number {
    return this.images.size;
  }

  get scenes(): number {
    return this.renderer.sceneCount;
  }

  async get(spec: SeedPhotoSpec): Promise<Buffer> {
    const key = JSON.stringify(spec);
    let image = this.images.get(key);
    if (!image) {
      const started = performance.now();
      image = this.renderer.render(spec);
      this.images.set(key, image);
      await image;
      this.renderMs += performance.now() - started;
    }
    return image;
  }
}
