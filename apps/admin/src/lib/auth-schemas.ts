import type { Role, UserSummary } from '@tarodan/contracts';

export type SessionUser = UserSummary;

/** Roles allowed into the admin panel. */
export const staffRoles: readonly Role[] = ['admin', 'moderator'];

export function isStaff(user: SessionUser): boolean {
  return staffRoles.includes(user.role);
}

/** "  Admin@Tarodan.Test " → "admin@tarodan.test": what a person means when they type their address. */
export function normalizeEmail(value: FormDataEntryValue | null): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}
