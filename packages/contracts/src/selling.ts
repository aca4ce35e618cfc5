import { z } from 'zod';
import { tcknSchema, trIbanSchema, trMobileSchema, vknSchema } from './turkish-ids.js';

/** iyzico sub-merchant types: individual, sole proprietor, company. */
export const sellerTypes = ['PERSONAL', 'PRIVATE_COMPANY', 'LIMITED_OR_JOINT_STOCK_COMPANY'] as const;
export type SellerType = (typeof sellerTypes)[number];

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? 'is required' : `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

const common = {
  storeName: text(2, 60),
  contactName: text(1, 60),
  contactSurname: text(1, 60),
  iban: trIbanSchema,
  address: text(10, 300),
  city: text(2, 60),
  phone: trMobileSchema,
};

/** PUT /v1/account/seller: the fields iyzico requires for each type (TCKN/VKN and IBAN checksums validated). */
export const sellerOnboardingRequestSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('PERSONAL'), ...common, identityNumber: tcknSchema }).strict(),
    z
      .object({
        type: z.literal('PRIVATE_COMPANY'),
        ...common,
        identityNumber: tcknSchema,
        taxOffice: text(2, 60),
        legalCompanyTitle: text(2, 200),
      })
      .strict(),
    z
      .object({
        type: z.literal('LIMITED_OR_JOINT_STOCK_COMPANY'),
        ...common,
        taxOffice: text(2, 60),
        taxNumber: vknSchema,
        legalCompanyTitle: text(2, 200),
      })
      .strict(),
  ],
  { message: 'must be one of PERSONAL, PRIVATE_COMPANY, LIMITED_OR_JOINT_STOCK_COMPANY' },
);
export type SellerOnboardingRequest = z.input<typeof sellerOnboardingRequestSchema>;

/** What the seller (and admins) see: identifiers only masked. */
export const sellerProfileSchema = z.object({
  type: z.enum(sellerTypes),
  status: z.enum(['pending', 'active', 'failed']),
  storeName: z.string(),
  contactName: z.string(),
  contactSurname: z.string(),
  legalCompanyTitle: z.string().nullable(),
  taxOffice: z.string().nullable(),
  /** `*******1234`. */
  identityNumberMasked: z.string().nullable(),
  taxNumberMasked: z.string().nullable(),
  /** `TR** **** **** **** **** **13 26`. */
  ibanMasked: z.string(),
  address: z.string(),
  city: z.string(),
  phone: z.string(),
  /** Why iyzico refused the last submission, when it did. */
  providerError: z.string().nullable(),
  updatedAt: z.string(),
});
export type SellerProfile = z.infer<typeof sellerProfileSchema>;
export const sellerProfileResponseSchema = z.object({ seller: sellerProfileSchema });
