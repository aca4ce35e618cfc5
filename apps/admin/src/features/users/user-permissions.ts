import type { Role, UserStatus } from '@tarodan/contracts';

export const userActionKinds = ['suspend', 'ban', 'reinstate', 'role'] as const;
export type UserActionKind = (typeof userActionKinds)[number];

type Viewer = { id: string; role: Role };
type Target = { id: string; role: Role; status: UserStatus };

/**
 * What the signed-in staff member may do to an account, as the API's policy says (docs/identity.md): suspend is for
 * moderators and admins, ban / reinstate / role changes for admins only. Nobody acts on their own account or on a
 * deleted one, moderators act on members only, and an admin account's status cannot be changed here (its role can).
 * The API checks again: this only hides what would be refused.
 */
export function allowedUserActions(viewer: Viewer, target: Target): UserActionKind[] {
  if (viewer.id === target.id || target.status === 'deleted') return [];
  if (viewer.role === 'moderator') {
    return target.role === 'member' && target.status === 'active' ? ['suspend'] : [];
  }
  if (viewer.role !== 'admin') return [];
  const actions: UserActionKind[] = [];
  if (target.role !== 'admin') {
    if (target.status === 'active') actions.push('suspend');
    if (target.status !== 'banned') actions.push('ban');
    if (target.status === 'suspended' || target.status === 'banned') actions.push('reinstate');
  }
  actions.push('role');
  return actions;
}

/** Actions that record why: the reason goes to the audit trail and the member's status reason. */
export function needsReason(kind: UserActionKind): boolean {
  return kind === 'suspend' || kind === 'ban';
}
