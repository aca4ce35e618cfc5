import { Injectable } from '@nestjs/common';
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import { accountTokens, mfaRecoveryCodes } from '../../platform/database/schema/index.js';

export type AccountTokenPurpose = (typeof accountTokens.$inferSelect)['purpose'];
export type AccountTokenRow = typeof accountTokens.$inferSelect;

/** One-time e-mail link tokens and MFA recovery codes: both stored as hashes, both used at most once. */
@Injectable()
export class AccountTokenRepository {
  constructor(private readonly database: Database) {}

  /** Stores a new token and retires the unused ones of the same purpose (only the newest link works). */
  async issue(row: {
    userId: string;
    purpose: AccountTokenPurpose;
    tokenHash: string;
    email: string;
    expiresAt: Date;
  }) {
    await this.database.db.transaction(async (tx) => {
      await tx
        .update(accountTokens)
        .set({ usedAt: new Date() })
        .where(
          and(
            eq(accountTokens.userId, row.userId),
            eq(accountTokens.purpose, row.purpose),
            isNull(accountTokens.usedAt),
          ),
        );
      await tx.insert(accountTokens).values(row);
    });
  }

  /** Marks the token used and returns it, atomically; null when unknown, used, expired or for another purpose. */
  async consume(tokenHash: string, purposes: AccountTokenPurpose[]): Promise<AccountTokenRow | null> {
    const [row] = await this.database.db
      .update(accountTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(accountTokens.tokenHash, tokenHash),
          inArray(accountTokens.purpose, purposes),
          isNull(accountTokens.usedAt),
          gt(accountTokens.expiresAt, new Date()),
        ),
      )
      .returning();
    return row ?? null;
  }

  /** The address of an unconfirmed e-mail change, if one is waiting. */
  async pendingEmailChange(userId: string): Promise<string | null> {
    const [row] = await this.database.db
      .select({ email: accountTokens.email })
      .from(accountTokens)
      .where(
        and(
          eq(accountTokens.userId, userId),
          eq(accountTokens.purpose, 'change_email'),
          isNull(accountTokens.usedAt),
          gt(accountTokens.expiresAt, new Date()),
        ),
      )
      .limit(1);
    return row?.email ?? null;
  }

  async replaceRecoveryCodes(userId: string, codeHashes: string[]): Promise<void> {
    await this.database.db.transaction(async (tx) => {
      await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
      await tx.insert(mfaRecoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
    });
  }

  async consumeRecoveryCode(userId: string, codeHash: string): Promise<boolean> {
    const rows = await this.database.db
      .update(mfaRecoveryCodes)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(mfaRecoveryCodes.userId, userId),
          eq(mfaRecoveryCodes.codeHash, codeHash),
          isNull(mfaRecoveryCodes.usedAt),
        ),
      )
      .returning({ id: mfaRecoveryCodes.id });
    return rows.length > 0;
  }
}
