import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { SellerType } from '@tarodan/contracts';
import { FieldCipher } from '../../platform/crypto/field-cipher.js';
import {
  PaymentGateway,
  PaymentProviderError,
  type SubMerchantInput,
} from '../../platform/payments/payments.port.js';
import { type JobContext, JobQueue, PermanentJobError } from '../../platform/queue/queue.port.js';
import { UserRepository } from '../identity/user.repository.js';
import { registerSubMerchantJob } from './register-sub-merchant.job.js';
import { SellerProfileRepository, type SellerProfileRow } from './seller-profile.repository.js';
import { formFieldIssues } from './sub-merchant-error.mapper.js';

/** A seller's details in clear, as the onboarding form gives them (normalised) or as decrypted from the profile. */
export interface PlainSellerDetails {
  type: SellerType;
  storeName: string;
  contactName: string;
  contactSurname: string;
  iban: string;
  address: string;
  city: string;
  phone: string;
  identityNumber?: string;
  taxNumber?: string;
  taxOffice?: string;
  legalCompanyTitle?: string;
}

/** The cipher contexts of the encrypted seller fields: a token only decrypts for the field it was written for. */
export const SELLER_CIPHER_CONTEXT = {
  identityNumber: 'seller.identityNumber',
  taxNumber: 'seller.taxNumber',
  iban: 'seller.iban',
} as const;

export type RegistrationOutcome =
  /** `row` is null when a newer submission replaced this one meanwhile. */
  | { kind: 'active'; row: SellerProfileRow | null }
  /** iyzico refused the details for good; the profile is `failed` with iyzico's reason. */
  | { kind: 'refused'; error: PaymentProviderError; row: SellerProfileRow | null }
  /** iyzico could not be reached (or had a system error); the profile stays `pending`. */
  | { kind: 'unreachable'; error: PaymentProviderError };

const GAVE_UP = 'iyzico could not be reached for a long time; please submit your seller details again';

/**
 * Registers a saved seller submission at iyzico as a sub-merchant (create the first time, update once we hold
 * its key) and records iyzico's verdict on the profile. Also the handler of the `register-sub-merchant` job that
 * retries when iyzico was unreachable. Logs name the member only: identifiers never reach a log line, and the
 * payment adapter already masks anything iyzico repeats back.
 */
@Injectable()
export class SubMerchantRegistration implements OnModuleInit {
  private readonly logger = new Logger('Selling');

  constructor(
    private readonly gateway: PaymentGateway,
    private readonly profiles: SellerProfileRepository,
    private readonly users: UserRepository,
    private readonly cipher: FieldCipher,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit() {
    this.queue.register(registerSubMerchantJob, (payload, ctx) => this.retry(payload, ctx));
  }

  async submit(row: SellerProfileRow, seller: SubMerchantInput): Promise<RegistrationOutcome> {
    try {
      if (row.subMerchantKey) {
        await this.gateway.updateSubMerchant(row.subMerchantKey, seller);
      } else {
        const { subMerchantKey } = await this.gateway.createSubMerchant(seller);
        await this.profiles.setSubMerchantKey(row.userId, subMerchantKey);
      }
    } catch (error) {
      if (!(error instanceof PaymentProviderError)) throw error;
      if (error.retryable) {
        this.logger.warn(`iyzico could not register seller ${row.userId} now: ${error.message}`);
        return { kind: 'unreachable', error };
      }
      // A refusal about a form field is the seller's to correct; any other (credentials, account e-mail) is ours.
      if (formFieldIssues(error).length > 0) {
        this.logger.warn(`iyzico refused seller ${row.userId}: ${error.message}`);
      } else {
        this.logger.error(
          `iyzico refused seller ${row.userId} for a reason not on the form: ${error.message}`,
        );
      }
      const providerError = error.providerMessage ?? error.message;
      const failed = await this.profiles.settle(row.userId, row.updatedAt, {
        status: 'failed',
        providerError,
      });
      return { kind: 'refused', error, row: failed };
    }
    const active = await this.profiles.settle(row.userId, row.updatedAt, {
      status: 'active',
      providerError: null,
    });
    return { kind: 'active', row: active };
  }

  /** Queues the retry of a submission iyzico could not take; a second call for the same submission is a no-op. */
  async scheduleRetry(row: SellerProfileRow): Promise<void> {
    try {
      await this.queue.enqueue(
        registerSubMerchantJob,
        { userId: row.userId, savedAt: row.updatedAt.toISOString() },
        { jobId: `${row.userId}.${row.updatedAt.getTime()}`, delayMs: registerSubMerchantJob.backoffMs },
      );
    } catch (error) {
      // The submission stays `pending`; submitting the form again retries.
      this.logger.error(`Could not queue the iyzico retry for seller ${row.userId}: ${String(error)}`);
    }
  }

  /** The job: idempotent, and a no-op once the submission is settled or replaced by a newer one. */
  private async retry(payload: { userId: string; savedAt: string }, ctx: JobContext): Promise<void> {
    const row = await this.profiles.findByUserId(payload.userId);
    // Settled already, or replaced by a newer submission (which has its own registration attempt).
    if (row?.status !== 'pending' || row.updatedAt.toISOString() !== payload.savedAt) return;
    const user = await this.users.findById(row.userId);
    if (!user || user.status === 'deleted') return;
    const outcome = await this.submit(row, toSubMerchantInput(user.id, user.email, this.decrypt(row)));
    if (outcome.kind !== 'unreachable') return;
    if (ctx.attempt < registerSubMerchantJob.attempts) throw outcome.error;
    await this.profiles.settle(row.userId, row.updatedAt, { status: 'failed', providerError: GAVE_UP });
  }

  private decrypt(row: SellerProfileRow): PlainSellerDetails {
    try {
      const open = (token: string | null, field: keyof typeof SELLER_CIPHER_CONTEXT) =>
        token === null ? undefined : this.cipher.decrypt(token, SELLER_CIPHER_CONTEXT[field]);
      return {
        type: row.type,
        storeName: row.storeName,
        contactName: row.contactName,
        contactSurname: row.contactSurname,
        iban: this.cipher.decrypt(row.ibanEncrypted, SELLER_CIPHER_CONTEXT.iban),
        address: row.address,
        city: row.city,
        phone: row.phone,
        identityNumber: open(row.identityNumberEncrypted, 'identityNumber'),
        taxNumber: open(row.taxNumberEncrypted, 'taxNumber'),
        taxOffice: row.taxOffice ?? undefined,
        legalCompanyTitle: row.legalCompanyTitle ?? undefined,
      };
    } catch (error) {
      // A token that cannot be decrypted will not decrypt on the next try either (the message holds no value).
      throw new PermanentJobError(`Seller ${row.userId} details cannot be decrypted: ${String(error)}`);
    }
  }
}

/**
 * The sub-merchant iyzico gets: our user id as its external id, the account's e-mail, the store name, and the
 * postal address with the city appended (iyzico has no city field).
 */
export function toSubMerchantInput(
  userId: string,
  email: string,
  details: PlainSellerDetails,
): SubMerchantInput {
  return {
    externalId: userId,
    type: details.type,
    name: details.storeName,
    email,
    gsmNumber: details.phone,
    address: `${details.address}, ${details.city}`,
    iban: details.iban,
    contactName: details.contactName,
    contactSurname: details.contactSurname,
    identityNumber: details.identityNumber,
    taxOffice: details.taxOffice,
    taxNumber: details.taxNumber,
    legalCompanyTitle: details.legalCompanyTitle,
  };
}
