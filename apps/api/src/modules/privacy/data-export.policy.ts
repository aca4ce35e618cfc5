import type { ExportRequestState } from './data-export.repository.js';

const HOUR_MS = 3_600_000;

export const DATA_EXPORT_POLICY = {
  /** Requests per member in any rolling 24 hours. */
  dailyLimit: 3,
  windowMs: 24 * HOUR_MS,
  /** How long a ready archive stays downloadable before the daily cleanup removes it. */
  keepArchiveMs: 7 * 24 * HOUR_MS,
  /** Lifetime of the signed download URL handed out by the list. */
  downloadUrlSeconds: 15 * 60,
  /** A pending export older than this lost its job; the cleanup marks it failed and it stops blocking requests. */
  stalePendingMs: 6 * HOUR_MS,
  /** Retry-After while an export is being prepared. */
  pendingRetryAfterSeconds: 60,
  /** Exports shown in the list, newest first. */
  listLimit: 20,
} as const;

/** `exports/<userId>/<exportId>.zip` in the documents bucket. */
export function exportObjectKey(userId: string, exportId: string): string {
  return `${exportPrefix(userId)}${exportId}.zip`;
}

export function exportPrefix(userId: string): string {
  return `exports/${userId}/`;
}

export type ExportRefusal =
  | { reason: 'account-closed' }
  | { reason: 'pending' | 'daily-limit'; retryAfterSeconds: number };

/** Why a new export request must wait, or null when it may go ahead. */
export function refuseExportRequest(state: ExportRequestState, now: Date): ExportRefusal | null {
  if (state.memberStatus === null || state.memberStatus === 'deleted') return { reason: 'account-closed' };
  const staleBefore = now.getTime() - DATA_EXPORT_POLICY.stalePendingMs;
  if (state.recent.some((e) => e.status === 'pending' && e.requestedAt.getTime() > staleBefore)) {
    return { reason: 'pending', retryAfterSeconds: DATA_EXPORT_POLICY.pendingRetryAfterSeconds };
  }
  const windowStart = now.getTime() - DATA_EXPORT_POLICY.windowMs;
  const inWindow = state.recent
    .map((e) => e.requestedAt.getTime())
    .filter((at) => at > windowStart)
    .sort((a, b) => a - b);
  if (inWindow.length >= DATA_EXPORT_POLICY.dailyLimit) {
    // The oldest request that still counts leaves the window first.
    const oldest = inWindow[inWindow.length - DATA_EXPORT_POLICY.dailyLimit]!;
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest - windowStart) / 1000));
    return { reason: 'daily-limit', retryAfterSeconds };
  }
  return null;
}
