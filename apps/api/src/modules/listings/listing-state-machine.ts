import type { ListingAction, ListingStatus } from '@tarodan/contracts';

/** Who takes an action: the seller, a moderator (or admin), or the system when an edit trips the checks. */
export type ListingActor = 'seller' | 'moderator' | 'system';

type Transition = {
  from: readonly ListingStatus[];
  to: ListingStatus | 'by_checks';
  actors: readonly ListingActor[];
};

const LIVE_OR_WAITING: readonly ListingStatus[] = [
  'draft',
  'pending_review',
  'active',
  'paused',
  'sold',
  'rejected',
];

/**
 * The listing lifecycle. `by_checks` means the automatic checks decide between `active` and `pending_review`.
 * Anything not in this table is refused with 409.
 */
export const LISTING_TRANSITIONS: Record<ListingAction, Transition> = {
  publish: { from: ['draft', 'rejected'], to: 'by_checks', actors: ['seller'] },
  pause: { from: ['active'], to: 'paused', actors: ['seller'] },
  resume: { from: ['paused'], to: 'by_checks', actors: ['seller'] },
  mark_sold: { from: ['active', 'paused'], to: 'sold', actors: ['seller'] },
  archive: { from: LIVE_OR_WAITING, to: 'archived', actors: ['seller', 'moderator'] },
  approve: { from: ['pending_review'], to: 'active', actors: ['moderator'] },
  reject: { from: ['pending_review'], to: 'rejected', actors: ['moderator'] },
  send_to_review: { from: ['active', 'paused'], to: 'pending_review', actors: ['system'] },
};

export function canTransition(status: ListingStatus, action: ListingAction, actor: ListingActor): boolean {
  const transition = LISTING_TRANSITIONS[action];
  return transition.from.includes(status) && transition.actors.includes(actor);
}

/** The actions a seller can take from this state, for the buttons of "my listings". */
export function sellerActions(status: ListingStatus): ListingAction[] {
  return (Object.keys(LISTING_TRANSITIONS) as ListingAction[]).filter((action) =>
    canTransition(status, action, 'seller'),
  );
}

/** Buyers see active and sold listings; everything else only its seller and staff. */
export function isPubliclyVisible(status: ListingStatus): boolean {
  return status === 'active' || status === 'sold';
}

/** States where a seller may still change the listing. */
export function isEditable(status: ListingStatus): boolean {
  return status !== 'sold' && status !== 'archived';
}
