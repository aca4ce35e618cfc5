import { describe, expect, it } from 'vitest';
import { backupKey, parseBackupKey } from './backup-key.js';
import { backupJobId, followingBackupRun, nextBackupRun } from './backup-schedule.js';

describe('nextBackupRun', () => {
  it.each([
    ['2025-06-30T01:00:00Z', 3, '2025-06-30', '2025-06-30T03:00:00.000Z'],
    ['2025-06-30T03:00:00Z', 3, '2025-07-01', '2025-07-01T03:00:00.000Z'],
    ['2025-06-30T05:00:00Z', 3, '2025-07-01', '2025-07-01T03:00:00.000Z'],
    ['2025-12-31T23:30:00Z', 0, '2026-01-01', '2026-01-01T00:00:00.000Z'],
  ])('from %s at hour %i runs on %s', (now, hour, date, runAt) => {
    const run = nextBackupRun(new Date(now), hour);
    expect(run.date).toBe(date);
    expect(run.runAt.toISOString()).toBe(runAt);
  });

  it('refuses an hour outside 0-23', () => {
    expect(() => nextBackupRun(new Date(), 24)).toThrow(/0 to 23/);
  });
});

describe('followingBackupRun', () => {
  it('chains to the next day even when the job starts a moment before its hour', () => {
    const run = followingBackupRun('2025-06-30', new Date('2025-06-30T02:59:59Z'), 3);
    expect(run.date).toBe('2025-07-01');
  });

  it('skips the missed days when the worker was down, instead of replaying one backup per day', () => {
    const run = followingBackupRun('2025-06-01', new Date('2025-06-30T10:00:00Z'), 3);
    expect(run.date).toBe('2025-07-01');
  });

  it('names the job after its day', () => {
    expect(backupJobId('2025-07-01')).toBe('backup-2025-07-01');
  });
});

describe('backup keys', () => {
  it('files a backup under its year and month with a colon-free ISO timestamp, and reads it back', () => {
    const at = new Date('2025-06-30T03:04:05.678Z');
    const key = backupKey(at);
    expect(key).toBe('postgres/2025/06/tarodan-20250630T030405Z.dump.enc');
    expect(parseBackupKey(key)?.toISOString()).toBe('2025-06-30T03:04:05.000Z');
  });

  it.each([
    'postgres/2025/06/tarodan-20250630T030405Z.dump',
    'postgres/2025/07/tarodan-20250630T030405Z.dump.enc',
    'postgres/2025/02/tarodan-20250230T030405Z.dump.enc',
    'other/2025/06/tarodan-20250630T030405Z.dump.enc',
  ])('does not take %s for a backup', (key) => {
    expect(parseBackupKey(key)).toBeNull();
  });
});
