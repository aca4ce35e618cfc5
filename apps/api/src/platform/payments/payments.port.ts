import { z } from 'zod';

export const SUB_MERCHANT_TYPES = ['PERSONAL', 'PRIVATE_COMPANY', 'LIMITED_OR_JOINT_STOCK_COMPANY'] as const;
/** iyzico's seller kinds: an individual, a sole proprietorship (şahıs şirketi), a limited or joint-stock company. */
export type SubMerchantType = (typeof SUB_MERCHANT_TYPES)[number];

/** A seller as the payment provider needs it, to pay them out. */
export interface SubMerchantInput {
  /** Our user id; iyzico's subMerchantExternalId, unique per seller. */
  externalId: string;
  type: SubMerchantType;
  /** The store name. */
  name: string;
  email: string;
  /** `+90` and ten digits, e.g. `+905350000000`. */
  gsmNumber: string;
  address: string;
  /** Turkish IBAN, `TR` and 24 digits, no spaces. Must belong to the contact (or the company). */
  iban: string;
  contactName: string;
  contactSurname: string;
  /** TCKN, 11 digits. */
  identityNumber?: string;
  /** PRIVATE_COMPANY and LIMITED_OR_JOINT_STOCK_COMPANY. */
  taxOffice?: string;
  /** LIMITED_OR_JOINT_STOCK_COMPANY: VKN, 10 digits. */
  taxNumber?: string;
  /** PRIVATE_COMPANY and LIMITED_OR_JOINT_STOCK_COMPANY. */
  legalCompanyTitle?: string;
}

/**
 * A payment provider's refusal or failure. `retryable` says whether the same call may succeed later (network
 * failure, timeout, provider system error). Messages never carry IBANs or identity numbers.
 */
export class PaymentProviderError extends Error {
  override readonly name: string = 'PaymentProviderError';

  constructor(
    message: string,
    readonly retryable: boolean,
    /** The provider's code, e.g. iyzico's `errorCode` "1000" (invalid signature). */
    readonly providerCode?: string,
    /** The provider's message, with IBANs and long digit runs masked. */
    readonly providerMessage?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface SubMerchantIssue {
  field: string;
  message: string;
}

/** The input was refused before anything was sent to the provider. */
export class InvalidSubMerchantError extends PaymentProviderError {
  override readonly name = 'InvalidSubMerchantError';

  constructor(readonly issues: SubMerchantIssue[]) {
    super(`Invalid sub-merchant: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`, false);
  }
}

const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);
const optionalText = (max: number) => text(max).optional();

const subMerchantSchema = z
  .strictObject({
    externalId: text(255),
    type: z.enum(SUB_MERCHANT_TYPES, {
      error: 'must be PERSONAL, PRIVATE_COMPANY or LIMITED_OR_JOINT_STOCK_COMPANY',
    }),
    name: text(255),
    email: z.email({ error: 'must be an email address' }),
    gsmNumber: z.string().regex(/^\+90[0-9]{10}$/, { error: 'must be +90 and ten digits' }),
    address: text(1000),
    iban: z
      .string()
      .regex(/^TR[0-9]{24}$/, { error: 'must be a Turkish IBAN (TR and 24 digits, no spaces)' }),
    contactName: text(255),
    contactSurname: text(255),
    identityNumber: z
      .string()
      .regex(/^[1-9][0-9]{10}$/, { error: 'must be 11 digits' })
      .optional(),
    taxOffice: optionalText(255),
    taxNumber: z
      .string()
      .regex(/^[0-9]{10}$/, { error: 'must be 10 digits' })
      .optional(),
    legalCompanyTitle: optionalText(500),
  })
  .superRefine((input, ctx) => {
    const need = (field: keyof SubMerchantInput, why: string) => {
      if (input[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: why });
    };
    if (input.type === 'PERSONAL') {
      need('identityNumber', 'is required for a PERSONAL seller');
    } else {
      need('taxOffice', `is required for a ${input.type} seller`);
      need('legalCompanyTitle', `is required for a ${input.type} seller`);
    }
    if (input.type === 'PRIVATE_COMPANY') need('identityNumber', 'is required for a PRIVATE_COMPANY seller');
    if (input.type === 'LIMITED_OR_JOINT_STOCK_COMPANY')
      need('taxNumber', 'is required for a company seller');
  });

/**
 * Checks a seller before it goes to the provider; throws `InvalidSubMerchantError` naming each bad field (never
 * its value). Stricter than iyzico at creation: we send IBAN and identity number at once, since iyzico needs
 * them before the first payment to the seller is approved.
 */
export function parseSubMerchantInput(input: SubMerchantInput): SubMerchantInput {
  const result = subMerchantSchema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidSubMerchantError(
    result.error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)',
      message: issue.message,
    })),
  );
}

/** IBAN-like strings and runs of ten or more digits (TCKN, VKN, account numbers), masked. */
export function maskPersonalData(value: string): string {
  return value
    .replace(/\b[A-Z]{2}[0-9]{2}(?: ?[0-9]){10,30}\b/gi, '[masked]')
    .replace(/\b[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}\b/g, '[masked]')
    .replace(/[0-9][0-9 ]{8,}[0-9]/g, (run) => (run.replace(/ /g, '').length >= 10 ? '[masked]' : run));
}

/**
 * The payment provider (iyzico's marketplace model): sellers are registered as sub-merchants so payouts can
 * reach them. Failures are `PaymentProviderError`s.
 */
export abstract class PaymentGateway {
  abstract readonly name: 'iyzico';

  /**
   * Registers a seller and returns the provider's key for them. Idempotent per `externalId`: when the provider
   * already has this seller, their details are updated and the existing key returned.
   */
  abstract createSubMerchant(input: SubMerchantInput): Promise<{ subMerchantKey: string }>;

  /** Replaces a registered seller's details. The type cannot change. */
  abstract updateSubMerchant(subMerchantKey: string, input: SubMerchantInput): Promise<void>;

  /** Resolves when the provider answers (iyzico's API test call); rejects otherwise. */
  abstract ping(): Promise<void>;
}
