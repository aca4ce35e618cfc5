import { describe, expect, it } from 'vitest';
import { backupKey } from './backup-key.js';
import { isoWeek, selectBackupsToDelete } from './retention.js';

const at = (iso: string) => ({ key: backupKey(new Date(iso)), takenAt: new Date(iso) });
const keysOf = (...isos: string[]) => isos.map((iso) => backupKey(new Date(iso))).sort();

/** One backup a day at 03:00 UTC for `days` days, ending on `last`. */
function daily(last: string, days: number) {
  const end = new Date(`${last}T03:00:00Z`).getTime();
  return Array.from({ length: days }, (_, i) => at(new Date(end - i * 86_400_000).toISOString()));
}

describe('selectBackupsToDelete', () => {
  const now = new Date('2025-06-30T04:00:00Z');

  it.each([
    { name: 'nothing to delete when there are no backups', backups: [], deleted: [] },
    {
      name: 'keeps a single backup',
      backups: [at('2025-06-30T03:00:00Z')],
      deleted: [],
    },
    {
      name: 'keeps only the newest of several backups on the same day',
      backups: [at('2025-06-30T01:00:00Z'), at('2025-06-30T03:00:00Z'), at('2025-06-30T02:00:00Z')],
      deleted: keysOf('2025-06-30T01:00:00Z', '2025-06-30T02:00:00Z'),
    },
    {
      name: 'keeps 7 dailies, plus the newest of each older week, out of 11 days in a row',
      // Jun 20..30: Jun 24-30 are the 7 dailies; Jun 22 (Sunday) is the newest of ISO week 25 (Jun 16-22).
      backups: daily('2025-06-30', 11),
      deleted: keysOf('2025-06-20T03:00:00Z', '2025-06-21T03:00:00Z', '2025-06-23T03:00:00Z'),
    },
    {
      name: 'never deletes a backup dated after now',
      backups: [at('2025-07-01T03:00:00Z'), at('2025-07-01T02:00:00Z'), at('2025-06-30T03:00:00Z')],
      deleted: [],
    },
    {
      name: 'keeps the last backups when the job stopped long ago, instead of letting them age out',
      backups: [at('2024-01-01T03:00:00Z'), at('2024-01-02T03:00:00Z')],
      deleted: [],
    },
  ])('$name', ({ backups, deleted }) => {
    expect(selectBackupsToDelete(backups, now)).toEqual(deleted);
  });

  it('keeps 7 daily, 4 weekly and 12 monthly backups out of two years of daily backups (at most 23)', () => {
    const backups = daily('2025-06-30', 730);
    const deleted = new Set(selectBackupsToDelete(backups, now));
    const kept = backups.filter((b) => !deleted.has(b.key)).map((b) => b.takenAt.toISOString().slice(0, 10));
    expect(kept.sort()).toEqual([
      // monthly: the newest of each of the 12 most recent months (Jul 2024 .. Jun 2025)
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
      '2024-11-30',
      '2024-12-31',
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      // weekly: the newest (Sunday) of ISO weeks 24, 25, 26; week 27 starts on Monday Jun 30
      '2025-06-15',
      '2025-06-22',
      // daily: Jun 24..30 (Jun 29 also ends week 26, Jun 30 is also June's newest and week 27's)
      '2025-06-24',
      '2025-06-25',
      '2025-06-26',
      '2025-06-27',
      '2025-06-28',
      '2025-06-29',
      '2025-06-30',
    ]);
    expect(deleted.size).toBe(730 - kept.length);
  });

  it('keeps the newest of the backups that share a month, even when older ones are many', () => {
    const backups = [at('2025-01-01T03:00:00Z'), at('2025-01-15T03:00:00Z'), at('2024-12-31T03:00:00Z')];
    expect(selectBackupsToDelete(backups, now)).toEqual([]);
    const many = [...daily('2025-01-31', 31), ...daily('2024-12-31', 31)];
    const kept = many.filter((b) => !selectBackupsToDelete(many, now).includes(b.key));
    expect(kept.map((b) => b.takenAt.toISOString().slice(0, 10))).toEqual(
      expect.arrayContaining(['2025-01-31', '2024-12-31']),
    );
  });
});

describe('isoWeek', () => {
  it.each([
    ['2025-06-30T00:00:00Z', '2025-W27'], // Monday
    ['2025-06-29T23:59:59Z', '2025-W26'], // Sunday
    ['2024-12-30T12:00:00Z', '2025-W01'], // Monday of the week holding 2 Jan 2025 (Thursday)
    ['2021-01-03T12:00:00Z', '2020-W53'], // Sunday: 2020 had 53 ISO weeks
    ['2026-01-01T00:00:00Z', '2026-W01'],
  ])('puts %s in %s', (iso, week) => {
    expect(isoWeek(new Date(iso))).toBe(week);
  });
});
