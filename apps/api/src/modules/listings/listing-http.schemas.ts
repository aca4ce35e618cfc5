import { z } from 'zod';

/** Path and query pieces the listing controllers share. */
export const listingParams = z.object({ id: z.uuid({ message: 'must be a listing id' }) });
export type ListingParams = z.output<typeof listingParams>;

export const localeQuery = z.object({ locale: z.enum(['tr', 'en']).default('tr') });
export type LocaleQuery = z.output<typeof localeQuery>;

/** The URL spelling of the seller's actions (`mark-sold`) mapped to the state machine's names. */
export const sellerActionParams = z.object({
  id: z.uuid({ message: 'must be a listing id' }),
  action: z
    .enum(['publish', 'pause', 'resume', 'mark-sold', 'archive'], {
      message: 'must be one of publish, pause, resume, mark-sold, archive',
    })
    .transform((action) => (action === 'mark-sold' ? 'mark_sold' : action)),
});
export type SellerActionParams = z.output<typeof sellerActionParams>;

export const pageQuery = z.object({
  locale: z.enum(['tr', 'en']).default('tr'),
  limit: z.coerce.number().int().min(1).max(96).default(48),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type PageQuery = z.output<typeof pageQuery>;
