import {
  type Locale,
  type ModerationQueueItem,
  moderationQueueItemSchema,
  type OwnListing,
  ownListingSchema,
  type Page,
  pageSchema,
} from '@tarodan/contracts';
import { z } from 'zod';
import { request } from './api';

// The moderation routes of docs/listings.md. The API decides who may call them (moderators and admins); a 403 is
// left to the caller, which shows it as such.

const queuePageSchema = pageSchema(moderationQueueItemSchema);
const ownListingResponseSchema = z.object({ listing: ownListingSchema });

export type QueueQuery = { limit: number; offset: number; locale: Locale };

/** GET /admin/v1/moderation/listings: listings in `pending_review`, oldest submission first. */
export function listModerationQueue(token: string, query: QueueQuery): Promise<Page<ModerationQueueItem>> {
  return request('/admin/v1/moderation/listings', { token, query, schema: queuePageSchema });
}

/** The staff view of one listing (GET /v1/listings/:id/edit): raw values, findings and the rejection reason. */
export async function getListingForReview(token: string, id: string, locale: Locale): Promise<OwnListing> {
  const path = `/v1/listings/${encodeURIComponent(id)}/edit`;
  return (await request(path, { token, query: { locale }, schema: ownListingResponseSchema })).listing;
}

function moderationPath(id: string, action: 'approve' | 'reject'): string {
  return `/admin/v1/moderation/listings/${encodeURIComponent(id)}/${action}`;
}

/** pending_review → active. The queue is re-read afterwards, so only the status code matters. */
export async function approveListing(token: string, id: string): Promise<void> {
  await request(moderationPath(id, 'approve'), { token, method: 'POST', schema: null });
}

/** pending_review → rejected, with the reason the seller will read. */
export async function rejectListing(token: string, id: string, reason: string): Promise<void> {
  await request(moderationPath(id, 'reject'), { token, method: 'POST', body: { reason }, schema: null });
}
