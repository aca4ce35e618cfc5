/** The next daily run at `hourUtc`:00 UTC strictly after `now`, and the UTC day it belongs to (for the jobId). */
export function nextBackupRun(now: Date, hourUtc: number): { date: string; runAt: Date } {
  if (!Number.isInteger(hourUtc) || hourUtc < 0 || hourUtc > 23) {
    throw new Error(`The backup hour must be an integer from 0 to 23 (got ${hourUtc})`);
  }
  const runAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (runAt.getTime() <= now.getTime()) runAt.setUTCDate(runAt.getUTCDate() + 1);
  return { date: runAt.toISOString().slice(0, 10), runAt };
}

/** The jobId for a day's backup: enqueueing it twice for the same day runs it once. */
export function backupJobId(date: string): string {
  return `backup-${date}`;
}

/**
 * The run after the one scheduled for `scheduledDate`: the next day at `hourUtc`, or the next run after `now` if
 * that is later. The second case stops a worker that was down for days from replaying one backup per missed day,
 * and the first keeps the chain going when a job starts a moment before its hour (clock skew).
 */
export function followingBackupRun(
  scheduledDate: string,
  now: Date,
  hourUtc: number,
): { date: string; runAt: Date } {
  const dayAfter = new Date(`${scheduledDate}T00:00:00Z`);
  dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
  dayAfter.setUTCHours(hourUtc);
  const fromNow = nextBackupRun(now, hourUtc);
  const runAt = dayAfter.getTime() >= fromNow.runAt.getTime() ? dayAfter : fromNow.runAt;
  return { date: runAt.toISOString().slice(0, 10), runAt };
}
