import type { Account, PublicMediaImage, UserSummary } from '@tarodan/contracts';
import type { UserRow } from './user.repository.js';

export function toUserSummary(user: UserRow): UserSummary {
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role };
}

export function toAccount(
  user: UserRow,
  extra: {
    avatarUrl: string | null;
    avatar: PublicMediaImage | null;
    marketingOptIn: boolean;
    isSeller: boolean;
    pendingEmail: string | null;
  },
): Account {
  return {
    id: user.id,
    email: user.email,
    emailVerified: user.emailVerifiedAt !== null,
    pendingEmail: extra.pendingEmail,
    displayName: user.displayName,
    role: user.role,
    status: user.status,
    mobile: user.mobile,
    city: user.city,
    bio: user.bio,
    avatarUrl: extra.avatarUrl,
    avatar: extra.avatar,
    mfaEnabled: user.mfaEnabledAt !== null,
    marketingOptIn: extra.marketingOptIn,
    isSeller: extra.isSeller,
    createdAt: user.createdAt.toISOString(),
  };
}
