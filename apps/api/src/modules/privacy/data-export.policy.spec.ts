import { describe, expect, it } from 'vitest';
import { exportObjectKey, refuseExportRequest } from './data-export.policy.js';
import type { DataExportRow } from './data-export.repository.js';

const now = new Date('2026-11-25T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const row = (requestedAt: Date, status: DataExportRow['status'] = 'ready'): DataExportRow => ({
  id: crypto.randomUUID(),
  userId: 'u',
  status,
  objectKey: null,
  failureReason: null,
  requestedAt,
  completedAt: null,
  expiresAt: null,
});

describe('data export request rules', () => {
  it('lets an active member with no recent exports go ahead', () => {
    expect(refuseExportRequest({ memberStatus: 'active', recent: [] }, now)).toBeNull();
  });

  it('refuses while an export is pending, asking to retry in a minute', () => {
    expect(
      refuseExportRequest({ memberStatus: 'active', recent: [row(hoursAgo(0.1), 'pending')] }, now),
    ).toEqual({ reason: 'pending', retryAfterSeconds: 60 });
  });

  it('ignores a pending export stuck for more than 6 hours (its job was lost)', () => {
    expect(
      refuseExportRequest({ memberStatus: 'active', recent: [row(hoursAgo(7), 'pending')] }, now),
    ).toBeNull();
  });

  it('allows 3 a day and says when the oldest of them leaves the 24-hour window', () => {
    const two = [row(hoursAgo(1)), row(hoursAgo(20), 'failed')];
    expect(refuseExportRequest({ memberStatus: 'active', recent: two }, now)).toBeNull();
    const three = [row(hoursAgo(1)), row(hoursAgo(2)), row(hoursAgo(20))];
    expect(refuseExportRequest({ memberStatus: 'active', recent: three }, now)).toEqual({
      reason: 'daily-limit',
      retryAfterSeconds: 4 * 3600,
    });
  });

  it('refuses a deleted or missing account', () => {
    expect(refuseExportRequest({ memberStatus: 'deleted', recent: [] }, now)).toEqual({
      reason: 'account-closed',
    });
    expect(refuseExportRequest({ memberStatus: null, recent: [] }, now)).toEqual({
      reason: 'account-closed',
    });
  });

  it('stores archives under exports/<userId>/<exportId>.zip', () => {
    expect(exportObjectKey('u1', 'e1')).toBe('exports/u1/e1.zip');
  });
});
