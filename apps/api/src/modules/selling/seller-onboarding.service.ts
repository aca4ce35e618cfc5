import { Injectable } from '@nestjs/common';
import { ErrorCode, type SellerProfile, type sellerOnboardingRequestSchema } from '@tarodan/contracts';
import type { z } from 'zod';
import type { Caller } from '../../platform/auth/caller.js';
import { BlindIndex } from '../../platform/crypto/blind-index.js';
import { FieldCipher } from '../../platform/crypto/field-cipher.js';
import { AppError } from '../../platform/errors/app-error.js';
import { UserRepository, type UserRow } from '../identity/user.repository.js';
import { toSellerProfile } from './seller-profile.mapper.js';
import {
  SellerProfileRepository,
  type SellerProfileRow,
  type SellerProfileWrite,
} from './seller-profile.repository.js';
import { formFieldIssues } from './sub-merchant-error.mapper.js';
import {
  type RegistrationOutcome,
  SELLER_CIPHER_CONTEXT,
  SubMerchantRegistration,
  toSubMerchantInput,
} from './sub-merchant-registration.service.js';

export type SellerOnboarding = z.output<typeof sellerOnboardingRequestSchema>;

/** Seconds a client should wait before asking again while iyzico is unreachable (the retry job starts at 5 s). */
const RETRY_AFTER_SECONDS = '60';

/** "Start selling": the member's seller profile and its registration as an iyzico sub-merchant. */
@Injectable()
export class SellerOnboardingService {
  constructor(
    private readonly profiles: SellerProfileRepository,
    private readonly registration: SubMerchantRegistration,
    private readonly users: UserRepository,
    private readonly cipher: FieldCipher,
    private readonly blindIndex: BlindIndex,
  ) {}

  /** The caller's own seller profile, masked; 404 before they start selling. */
  async get(caller: Caller): Promise<{ seller: SellerProfile }> {
    await this.member(caller);
    const row = await this.profiles.findByUserId(caller.userId);
    if (!row) throw new AppError(ErrorCode.NotFound, 'You have not started selling yet');
    return { seller: toSellerProfile(row) };
  }

  /**
   * Any member's masked profile, or null. For other modules' services (the admin user view), which check their
   * own caller's permission first.
   */
  async maskedProfile(userId: string): Promise<SellerProfile | null> {
    const row = await this.profiles.findByUserId(userId);
    return row ? toSellerProfile(row) : null;
  }

  /**
   * Saves the details (identifiers encrypted) as `pending`, then registers them at iyzico in the same request.
   *
   * Answers, by iyzico's verdict:
   * - accepted: 200 with the `active` profile;
   * - refused for good (not retryable): the profile becomes `failed` with iyzico's (masked) reason, kept for
   *   GET; the answer is 400 VALIDATION_FAILED naming the form field when the refusal is about one (the seller can
   *   correct it), else 503 SERVICE_UNAVAILABLE — a refusal about nothing on the form (our credentials, the
   *   account e-mail) is ours to fix, not the seller's (logged for the operators);
   * - unreachable or iyzico's system error (retryable): the profile stays `pending`, a `register-sub-merchant`
   *   job retries with backoff, and the answer is 503 SERVICE_UNAVAILABLE with Retry-After. Not a 2xx, so a client
   *   cannot mistake "saved, not yet registered" for success; GET shows `pending` until the job settles it.
   * If the process stops between the save and iyzico's answer, the profile stays `pending` until the member
   * submits again (submitting is idempotent).
   */
  async start(caller: Caller, details: SellerOnboarding): Promise<{ seller: SellerProfile }> {
    const user = await this.member(caller);
    if (user.emailVerifiedAt === null) {
      throw new AppError(ErrorCode.Forbidden, 'Verify your e-mail address before you start selling');
    }
    const saved = await this.save(user.id, details);
    const outcome = await this.registration.submit(saved, toSubMerchantInput(user.id, user.email, details));
    if (outcome.kind === 'unreachable') await this.registration.scheduleRetry(saved);
    return { seller: await this.answer(user.id, outcome) };
  }

  private async answer(userId: string, outcome: RegistrationOutcome): Promise<SellerProfile> {
    switch (outcome.kind) {
      case 'active': {
        const row = outcome.row ?? (await this.profiles.findByUserId(userId));
        if (!row) throw new AppError(ErrorCode.NotFound, 'You have not started selling yet');
        return toSellerProfile(row);
      }
      case 'refused': {
        const reason = outcome.error.providerMessage ?? 'no reason given';
        const issues = formFieldIssues(outcome.error);
        if (issues.length > 0) {
          throw AppError.validation(issues, `iyzico refused the seller details: ${reason}`);
        }
        throw new AppError(
          ErrorCode.ServiceUnavailable,
          `iyzico refused the seller registration (${reason}); please try again later or contact support`,
        );
      }
      case 'unreachable':
        throw new AppError(
          ErrorCode.ServiceUnavailable,
          'iyzico is not answering right now; your details are saved and we will keep trying to register them',
          undefined,
          { 'retry-after': RETRY_AFTER_SECONDS },
        );
    }
  }

  /** Encrypts and saves the submission; 409 for a TCKN/VKN of another seller or a type iyzico cannot change. */
  private async save(userId: string, details: SellerOnboarding): Promise<SellerProfileRow> {
    const result = await this.profiles.save(this.encrypted(userId, details));
    switch (result.kind) {
      case 'saved':
        return result.row;
      case 'duplicate-identifier': {
        const [field, label] =
          details.type === 'LIMITED_OR_JOINT_STOCK_COMPANY'
            ? ['taxNumber', 'tax number (VKN)']
            : ['identityNumber', 'identity number (TCKN)'];
        throw new AppError(ErrorCode.Conflict, `This ${label} is already registered to another seller`, [
          { field: `body.${field}`, reason: 'is already registered to another seller' },
        ]);
      }
      case 'type-locked':
        throw new AppError(ErrorCode.Conflict, 'The seller type cannot change once iyzico has accepted it', [
          { field: 'body.type', reason: `must stay ${result.type}: iyzico does not allow changing it` },
        ]);
    }
  }

  /**
   * The row to store. The blind index is of the seller's legal identifier: the TCKN of a person or sole
   * proprietor, the VKN of a company (10 digits, so it can never equal a TCKN's index).
   */
  private encrypted(userId: string, details: SellerOnboarding): SellerProfileWrite {
    const company = details.type !== 'PERSONAL';
    const identityNumber = details.type === 'LIMITED_OR_JOINT_STOCK_COMPANY' ? null : details.identityNumber;
    const taxNumber = details.type === 'LIMITED_OR_JOINT_STOCK_COMPANY' ? details.taxNumber : null;
    const identifier = identityNumber ?? taxNumber;
    if (!identifier) throw new Error(`A ${details.type} seller arrived without TCKN or VKN`);
    return {
      userId,
      type: details.type,
      storeName: details.storeName,
      contactName: details.contactName,
      contactSurname: details.contactSurname,
      legalCompanyTitle: company ? details.legalCompanyTitle : null,
      taxOffice: company ? details.taxOffice : null,
      identityNumberEncrypted: identityNumber === null ? null : this.seal(identityNumber, 'identityNumber'),
      identityNumberLast4: identityNumber === null ? null : identityNumber.slice(-4),
      identityNumberIndex: this.blindIndex.of(identifier),
      taxNumberEncrypted: taxNumber === null ? null : this.seal(taxNumber, 'taxNumber'),
      taxNumberLast4: taxNumber === null ? null : taxNumber.slice(-4),
      ibanEncrypted: this.seal(details.iban, 'iban'),
      ibanLast4: details.iban.slice(-4),
      address: details.address,
      city: details.city,
      phone: details.phone,
      // Milliseconds, like JS dates: the submission's version, compared exactly when iyzico's verdict is stored.
      updatedAt: new Date(),
    };
  }

  private seal(value: string, field: keyof typeof SELLER_CIPHER_CONTEXT): string {
    return this.cipher.encrypt(value, SELLER_CIPHER_CONTEXT[field]);
  }

  /** The caller's account; only active accounts (members and staff) have seller profiles of their own. */
  private async member(caller: Caller): Promise<UserRow> {
    const user = await this.users.findById(caller.userId);
    if (user?.status !== 'active') throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    return user;
  }
}
