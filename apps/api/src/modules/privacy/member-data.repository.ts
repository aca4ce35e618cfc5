import { Injectable } from '@nestjs/common';
import { and, asc, eq } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import {
  accountTokens,
  auditLog,
  dataExports,
  favorites,
  listings,
  sellerProfiles,
  userConsents,
  users,
} from '../../platform/database/schema/index.js';

/**
 * Everything stored about one member, for their data export. Columns are chosen here, not filtered later: the
 * password hash, the TOTP secret, recovery codes, one-time token hashes and the blind indexes never leave the query.
 */
@Injectable()
export class MemberDataRepository {
  constructor(private readonly database: Database) {}

  async gather(userId: string) {
    const db = this.database.db;
    const [user] = await db
      .select({
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        role: users.role,
        status: users.status,
        statusReason: users.statusReason,
        mobile: users.mobile,
        city: users.city,
        bio: users.bio,
        avatarKey: users.avatarKey,
        emailVerifiedAt: users.emailVerifiedAt,
        passwordChangedAt: users.passwordChangedAt,
        mfaEnabledAt: users.mfaEnabledAt,
        createdAt: users.createdAt,
        updatedAt: users.updatedAt,
      })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!user) return null;

    const [consents, sellers, tokens, audit, exports, ownListings, favoriteRows] = await Promise.all([
      db
        .select({
          kind: userConsents.kind,
          version: userConsents.version,
          granted: userConsents.granted,
          ip: userConsents.ip,
          userAgent: userConsents.userAgent,
          createdAt: userConsents.createdAt,
        })
        .from(userConsents)
        .where(eq(userConsents.userId, userId))
        .orderBy(asc(userConsents.createdAt)),
      db
        .select({
          type: sellerProfiles.type,
          status: sellerProfiles.status,
          storeName: sellerProfiles.storeName,
          contactName: sellerProfiles.contactName,
          contactSurname: sellerProfiles.contactSurname,
          legalCompanyTitle: sellerProfiles.legalCompanyTitle,
          taxOffice: sellerProfiles.taxOffice,
          identityNumberEncrypted: sellerProfiles.identityNumberEncrypted,
          taxNumberEncrypted: sellerProfiles.taxNumberEncrypted,
          ibanEncrypted: sellerProfiles.ibanEncrypted,
          address: sellerProfiles.address,
          city: sellerProfiles.city,
          phone: sellerProfiles.phone,
          providerError: sellerProfiles.providerError,
          createdAt: sellerProfiles.createdAt,
          updatedAt: sellerProfiles.updatedAt,
        })
        .from(sellerProfiles)
        .where(eq(sellerProfiles.userId, userId))
        .limit(1),
      db
        .select({
          purpose: accountTokens.purpose,
          createdAt: accountTokens.createdAt,
          expiresAt: accountTokens.expiresAt,
          usedAt: accountTokens.usedAt,
        })
        .from(accountTokens)
        .where(eq(accountTokens.userId, userId))
        .orderBy(asc(accountTokens.createdAt)),
      // Staff actions on this member. Who acted is reported by role only (the staff member's identity and IP are
      // their personal data, not the member's).
      db
        .select({
          action: auditLog.action,
          actorRole: auditLog.actorRole,
          before: auditLog.before,
          after: auditLog.after,
          createdAt: auditLog.createdAt,
        })
        .from(auditLog)
        .where(and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, userId)))
        .orderBy(asc(auditLog.createdAt)),
      db
        .select({
          id: dataExports.id,
          status: dataExports.status,
          requestedAt: dataExports.requestedAt,
          completedAt: dataExports.completedAt,
          expiresAt: dataExports.expiresAt,
        })
        .from(dataExports)
        .where(eq(dataExports.userId, userId))
        .orderBy(asc(dataExports.requestedAt)),
      db
        .select({
          id: listings.id,
          status: listings.status,
          title: listings.title,
          description: listings.description,
          priceKurus: listings.priceKurus,
          attributes: listings.attributes,
          rejectionReason: listings.rejectionReason,
          createdAt: listings.createdAt,
          updatedAt: listings.updatedAt,
        })
        .from(listings)
        .where(eq(listings.sellerId, userId))
        .orderBy(asc(listings.createdAt)),
      db
        .select({ listingId: favorites.listingId, title: listings.title, createdAt: favorites.createdAt })
        .from(favorites)
        .innerJoin(listings, eq(listings.id, favorites.listingId))
        .where(eq(favorites.userId, userId))
        .orderBy(asc(favorites.createdAt)),
    ]);
    return {
      user,
      consents,
      seller: sellers[0] ?? null,
      tokens,
      audit,
      exports,
      listings: ownListings,
      favorites: favoriteRows,
    };
  }
}

export type MemberDataRows = NonNullable<Awaited<ReturnType<MemberDataRepository['gather']>>>;
