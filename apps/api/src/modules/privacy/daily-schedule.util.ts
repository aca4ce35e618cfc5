/** One run a day at `hourUtc`:00 UTC, identified by its UTC date (for jobIds). */
export type DailyRun = { date: string; runAt: Date };

/** The next run strictly after `now`. */
export function nextDailyRun(now: Date, hourUtc: number): DailyRun {
  if (!Number.isInteger(hourUtc) || hourUtc < 0 || hourUtc > 23) {
    throw new Error(`The hour must be an integer from 0 to 23 (got ${hourUtc})`);
  }
  const runAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (runAt.getTime() <= now.getTime()) runAt.setUTCDate(runAt.getUTCDate() + 1);
  return { date: runAt.toISOString().slice(0, 10), runAt };
}

/**
 * The run after the one scheduled for `scheduledDate`: the following day, or the next run after `now` when that is
 * later (a worker that was down for days runs once, not once per missed day).
 */
export function followingDailyRun(scheduledDate: string, now: Date, hourUtc: number): DailyRun {
  const dayAfter = new Date(`${scheduledDate}T00:00:00Z`);
  dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
  dayAfter.setUTCHours(hourUtc);
  const fromNow = nextDailyRun(now, hourUtc);
  const runAt = dayAfter.getTime() >= fromNow.runAt.getTime() ? dayAfter : fromNow.runAt;
  return { date: runAt.toISOString().slice(0, 10), runAt };
}
