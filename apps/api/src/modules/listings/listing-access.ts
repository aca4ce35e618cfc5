import { ErrorCode } from '@tarodan/contracts';
import type { Role } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { ListingRow } from './listing.repository.js';

export function isStaff(caller: Caller | null): boolean {
  return caller?.role === 'moderator' || caller?.role === 'admin';
}

/** Moderators and admins; `admin` narrows it to admins. */
export function assertStaff(caller: Caller, only?: Extract<Role, 'admin'>): void {
  const allowed = only ? caller.role === 'admin' : isStaff(caller);
  if (!allowed) throw new AppError(ErrorCode.Forbidden, 'You are not allowed to do this');
}

/** Only the seller changes a listing; anyone else gets 403 (they may see it, so 404 would be a lie). */
export function assertSeller(caller: Caller, listing: ListingRow): void {
  if (listing.sellerId !== caller.userId) {
    throw new AppError(ErrorCode.Forbidden, 'Only the seller can change this listing');
  }
}
