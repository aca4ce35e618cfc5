import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';

function breaker() {
  let now = 1_000;
  const changes: boolean[] = [];
  const cb = new CircuitBreaker({
    timeoutMs: 20,
    cooldownMs: 5_000,
    onChange: (open) => changes.push(open),
    now: () => now,
  });
  return { cb, changes, advance: (ms: number) => (now += ms) };
}

const fail = () => Promise.reject(new Error('down'));
const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve('late'), 200));

describe('CircuitBreaker', () => {
  it('answers from the fallback when the primary fails, and stays there during the cool-down', async () => {
    const { cb, changes, advance } = breaker();
    expect(await cb.run(fail, async () => 'pg')).toBe('pg');
    let calls = 0;
    const counted = async () => {
      calls += 1;
      return 'es';
    };
    advance(4_000);
    expect(await cb.run(counted, async () => 'pg')).toBe('pg');
    expect(calls).toBe(0);
    expect(changes).toEqual([true]);
  });

  it('treats a slow primary as down', async () => {
    const { cb, changes } = breaker();
    expect(await cb.run(slow, async () => 'pg')).toBe('pg');
    expect(cb.isOpen).toBe(true);
    expect(changes).toEqual([true]);
  });

  it('tries the primary again after the cool-down and closes on success', async () => {
    const { cb, changes, advance } = breaker();
    await cb.run(fail, async () => 'pg');
    advance(5_001);
    expect(
      await cb.run(
        async () => 'es',
        async () => 'pg',
      ),
    ).toBe('es');
    expect(cb.isOpen).toBe(false);
    expect(changes).toEqual([true, false]);
  });
});
