import { Injectable } from '@nestjs/common';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import {
  accountDeletions,
  accountTokens,
  auditLog,
  dataExports,
  favorites,
  listings,
  mfaRecoveryCodes,
  sellerProfiles,
  userConsents,
  users,
} from '../../platform/database/schema/index.js';

/** A password hash no password matches (not an argon2 string, so verification fails without trying). */
export const UNUSABLE_PASSWORD_HASH = '!account-deleted';
export const DELETED_DISPLAY_NAME = 'Silinmiş üye';

export const deletedEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

export type ErasedMember = {
  /** The avatar object to delete after the transaction (null when there was none, or on a rerun). */
  avatarKey: string | null;
  /** Rows removed or changed per table; no personal data. */
  counts: Record<string, number>;
};

@Injectable()
export class AccountDeletionRepository {
  constructor(private readonly database: Database) {}

  async findCredentials(userId: string) {
    const [row] = await this.database.db
      .select({ id: users.id, role: users.role, status: users.status, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    return row ?? null;
  }

  /**
   * One transaction: the `users` row is kept (orders will need a counterparty) but anonymised; everything else that
   * is only about the member is deleted. Running it again on an erased account changes nothing of substance, so
   * the whole deletion can be retried. Returns null when there is no such user.
   */
  eraseMember(userId: string, now: Date): Promise<ErasedMember | null> {
    return this.database.db.transaction(async (tx) => {
      const [member] = await tx
        .select({ avatarKey: users.avatarKey })
        .from(users)
        .where(eq(users.id, userId))
        .for('update');
      if (!member) return null;
      const consents = await tx
        .delete(userConsents)
        .where(eq(userConsents.userId, userId))
        .returning({ id: userConsents.id });
      const tokens = await tx
        .delete(accountTokens)
        .where(eq(accountTokens.userId, userId))
        .returning({ id: accountTokens.id });
      const codes = await tx
        .delete(mfaRecoveryCodes)
        .where(eq(mfaRecoveryCodes.userId, userId))
        .returning({ id: mfaRecoveryCodes.id });
      // The whole seller profile goes: TCKN/VKN/IBAN, address, phone. When orders and invoices exist they keep
      // their rows (tax law requires the invoices) with the buyer's/seller's personal fields blanked here.
      const sellers = await tx
        .delete(sellerProfiles)
        .where(eq(sellerProfiles.userId, userId))
        .returning({ userId: sellerProfiles.userId });
      // Listings are the member's own words and photos: they go (photos, trail, price history and other members'
      // favorites of them cascade); the photo files follow in `finish`. Their own favorites go too.
      const listingRows = await tx
        .delete(listings)
        .where(eq(listings.sellerId, userId))
        .returning({ id: listings.id });
      const favoriteRows = await tx
        .delete(favorites)
        .where(eq(favorites.userId, userId))
        .returning({ listingId: favorites.listingId });
      for (const { listingId } of favoriteRows) {
        await tx
          .update(listings)
          .set({ favoriteCount: sql`greatest(${listings.favoriteCount} - 1, 0)` })
          .where(eq(listings.id, listingId));
      }
      const exports = await tx
        .delete(dataExports)
        .where(eq(dataExports.userId, userId))
        .returning({ id: dataExports.id });
      // The audit log is the record of staff actions and stays whole (including entries about this member); only
      // the IP of entries the member made themselves is personal data of theirs.
      const audit = await tx
        .update(auditLog)
        .set({ ip: null })
        .where(and(eq(auditLog.actorId, userId), isNotNull(auditLog.ip)))
        .returning({ id: auditLog.id });
      await tx
        .update(users)
        .set({
          email: deletedEmail(userId),
          displayName: DELETED_DISPLAY_NAME,
          passwordHash: UNUSABLE_PASSWORD_HASH,
          status: 'deleted',
          statusReason: null,
          mobile: null,
          city: null,
          bio: null,
          avatarKey: null,
          avatarAssetId: null,
          mfaSecret: null,
          mfaEnabledAt: null,
          emailVerifiedAt: null,
          deletedAt: now,
          updatedAt: now,
        })
        .where(eq(users.id, userId));
      return {
        avatarKey: member.avatarKey,
        counts: {
          users: 1,
          consents: consents.length,
          accountTokens: tokens.length,
          mfaRecoveryCodes: codes.length,
          sellerProfiles: sellers.length,
          dataExports: exports.length,
          listings: listingRows.length,
          favorites: favoriteRows.length,
          auditLogIpsCleared: audit.length,
        },
      };
    });
  }

  /** Writes the deletion record once per user; false when it already exists (a retried finish). */
  recordDeletion(record: { userId: string; requestedAt: Date; summary: string }): Promise<boolean> {
    return this.database.db.transaction(async (tx) => {
      // Serialises two finishers of the same deletion (the inline attempt and its retry job).
      await tx.select({ id: users.id }).from(users).where(eq(users.id, record.userId)).for('update');
      const [existing] = await tx
        .select({ id: accountDeletions.id })
        .from(accountDeletions)
        .where(eq(accountDeletions.userId, record.userId))
        .limit(1);
      if (existing) return false;
      await tx.insert(accountDeletions).values(record);
      return true;
    });
  }
}
