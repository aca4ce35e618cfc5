export interface DatedBackup {
  key: string;
  takenAt: Date;
}

/** How many periods of each kind keep their newest backup. */
export const RETENTION = { daily: 7, weekly: 4, monthly: 12 } as const;

type Period = (date: Date) => string;

const day: Period = (date) => date.toISOString().slice(0, 10);
const month: Period = (date) => date.toISOString().slice(0, 7);

/** ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday), in UTC: `2025-W01`. */
export const isoWeek: Period = (date) => {
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 / 7) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
};

/**
 * Grandfather-father-son retention: keeps the newest backup of each of the 7 most recent days, the 4 most recent
 * ISO weeks and the 12 most recent months (UTC) that have a backup; everything else is returned for deletion.
 *
 * Periods are counted among those that hold a backup, not back from `now` (the same rule as restic's
 * `--keep-daily`): if the job stops for a month, the last backups stay instead of ageing out one by one.
 * Backups dated after `now` (clock skew) and undated ones are never deleted. Pure; the result is sorted by key.
 */
export function selectBackupsToDelete(backups: readonly DatedBackup[], now: Date): string[] {
  const keep = new Set<string>();
  const candidates: DatedBackup[] = [];
  for (const backup of backups) {
    const time = backup.takenAt.getTime();
    if (Number.isNaN(time) || time > now.getTime()) keep.add(backup.key);
    else candidates.push(backup);
  }
  candidates.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.key < b.key ? 1 : -1));
  const policies: [Period, number][] = [
    [day, RETENTION.daily],
    [isoWeek, RETENTION.weekly],
    [month, RETENTION.monthly],
  ];
  for (const [period, count] of policies) {
    const seen = new Set<string>();
    for (const backup of candidates) {
      const bucket = period(backup.takenAt);
      if (seen.has(bucket)) continue;
      if (seen.size === count) break;
      seen.add(bucket);
      keep.add(backup.key);
    }
  }
  return candidates
    .filter((backup) => !keep.has(backup.key))
    .map((backup) => backup.key)
    .sort();
}
