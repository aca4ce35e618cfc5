import { describe, expect, it } from 'vitest';
import { followingDailyRun, nextDailyRun } from './daily-schedule.util.js';

describe('daily schedule', () => {
  it('runs today when the hour is still ahead, tomorrow otherwise', () => {
    expect(nextDailyRun(new Date('2026-11-25T03:59:00Z'), 4)).toEqual({
      date: '2026-11-25',
      runAt: new Date('2026-11-25T04:00:00Z'),
    });
    expect(nextDailyRun(new Date('2026-11-25T04:00:00Z'), 4).date).toBe('2026-11-26');
  });

  it('chains to the next day, or to the next run from now after a long outage', () => {
    expect(followingDailyRun('2026-11-25', new Date('2026-11-25T04:00:05Z'), 4).date).toBe('2026-11-26');
    expect(followingDailyRun('2026-11-25', new Date('2026-11-29T10:00:00Z'), 4).date).toBe('2026-11-30');
  });

  it('rejects an hour outside 0-23', () => {
    expect(() => nextDailyRun(new Date(), 24)).toThrow(/0 to 23/);
  });
});
