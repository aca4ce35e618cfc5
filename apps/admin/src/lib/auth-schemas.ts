import { type Role, type UserSummary, userSummarySchema } from '@tarodan/contracts';
import { z } from 'zod';

export type SessionUser = UserSummary;

/** GET /v1/auth/me. */
export const meResponseSchema = z.object({ user: userSummarySchema });

/** Roles allowed into the admin panel. */
export const staffRoles: readonly Role[] = ['admin', 'moderator'];

export function isStaff(user: SessionUser): boolean {
  return staffRoles.includes(user.role);
}

/** "  Admin@Tarodan.Test " → "admin@tarodan.test": what a person means when they type their address. */
export function normalizeEmail(value: FormDataEntryValue | null): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}
