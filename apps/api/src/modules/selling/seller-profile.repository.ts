import { Injectable } from '@nestjs/common';
import { and, eq, ne, sql } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import { sellerProfiles } from '../../platform/database/schema/index.js';

export type SellerProfileRow = typeof sellerProfiles.$inferSelect;
export type SellerStatus = SellerProfileRow['status'];

/** One submission of the onboarding form, already encrypted; it replaces every detail of the previous one. */
export type SellerProfileWrite = Pick<
  SellerProfileRow,
  | 'userId'
  | 'type'
  | 'storeName'
  | 'contactName'
  | 'contactSurname'
  | 'legalCompanyTitle'
  | 'taxOffice'
  | 'identityNumberEncrypted'
  | 'identityNumberLast4'
  | 'identityNumberIndex'
  | 'taxNumberEncrypted'
  | 'taxNumberLast4'
  | 'ibanEncrypted'
  | 'ibanLast4'
  | 'address'
  | 'city'
  | 'phone'
  | 'updatedAt'
> & { identityNumberIndex: string };

export type SaveResult =
  | { kind: 'saved'; row: SellerProfileRow }
  /** Another seller holds the same TCKN/VKN (same blind index). */
  | { kind: 'duplicate-identifier' }
  /** iyzico already accepted this seller (it has a key) with another type; iyzico cannot change it. */
  | { kind: 'type-locked'; type: SellerProfileRow['type'] };

/** Namespace of the advisory locks taken on a seller identifier (the first half of the two-int lock key). */
const IDENTIFIER_LOCK_SPACE = 0x5e11e4;

@Injectable()
export class SellerProfileRepository {
  constructor(private readonly database: Database) {}

  async findByUserId(userId: string): Promise<SellerProfileRow | null> {
    const [row] = await this.database.db
      .select()
      .from(sellerProfiles)
      .where(eq(sellerProfiles.userId, userId))
      .limit(1);
    return row ?? null;
  }

  /**
   * Saves a submission as `pending` (provider error cleared), unless another seller holds the same identifier or
   * the type would change after iyzico accepted the seller. The identifier is locked for the transaction, so two
   * members submitting the same TCKN at once cannot both pass the check.
   */
  async save(profile: SellerProfileWrite): Promise<SaveResult> {
    return this.database.db.transaction(async (tx) => {
      await tx.execute(
        sql`select pg_advisory_xact_lock(${IDENTIFIER_LOCK_SPACE}, hashtext(${profile.identityNumberIndex}))`,
      );
      const [taken] = await tx
        .select({ userId: sellerProfiles.userId })
        .from(sellerProfiles)
        .where(
          and(
            eq(sellerProfiles.identityNumberIndex, profile.identityNumberIndex),
            ne(sellerProfiles.userId, profile.userId),
          ),
        )
        .limit(1);
      if (taken) return { kind: 'duplicate-identifier' };
      const [existing] = await tx
        .select({ type: sellerProfiles.type, subMerchantKey: sellerProfiles.subMerchantKey })
        .from(sellerProfiles)
        .where(eq(sellerProfiles.userId, profile.userId))
        .for('update');
      if (existing?.subMerchantKey && existing.type !== profile.type) {
        return { kind: 'type-locked', type: existing.type };
      }
      const { userId: _userId, ...details } = profile;
      const [row] = await tx
        .insert(sellerProfiles)
        .values({ ...profile, status: 'pending', providerError: null })
        .onConflictDoUpdate({
          target: sellerProfiles.userId,
          set: { ...details, status: 'pending', providerError: null },
        })
        .returning();
      if (!row) throw new Error(`Seller profile of ${profile.userId} was not saved`);
      return { kind: 'saved', row };
    });
  }

  /** Stores the key iyzico gave this seller (it belongs to the member, whichever submission obtained it). */
  async setSubMerchantKey(userId: string, subMerchantKey: string): Promise<void> {
    await this.database.db
      .update(sellerProfiles)
      .set({ subMerchantKey })
      .where(eq(sellerProfiles.userId, userId));
  }

  /**
   * Records iyzico's verdict on the submission saved at `savedAt`; null when a newer submission replaced it in the
   * meantime (that one gets a verdict of its own). `updatedAt` stays the submission's time.
   */
  async settle(
    userId: string,
    savedAt: Date,
    outcome: { status: SellerStatus; providerError: string | null },
  ): Promise<SellerProfileRow | null> {
    const [row] = await this.database.db
      .update(sellerProfiles)
      .set(outcome)
      .where(and(eq(sellerProfiles.userId, userId), eq(sellerProfiles.updatedAt, savedAt)))
      .returning();
    return row ?? null;
  }
}
