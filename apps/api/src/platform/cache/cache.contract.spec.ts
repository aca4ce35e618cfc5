import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices } from '../../test/services.js';
import type { CacheStore } from './cache.port.js';
import { MemoryCacheStore } from './memory-cache.adapter.js';
import { RedisCacheStore } from './redis-cache.adapter.js';

const redisUrl = testServices.redisUrl();
const runPrefix = `tarodan-test:cache:${randomUUID()}:`;

interface Harness {
  name: string;
  /** Whether two stores built alike (two API replicas) see the same data. */
  shared: boolean;
  create: () => CacheStore;
}

const adapters: Harness[] = [{ name: 'memory', shared: false, create: () => new MemoryCacheStore() }];
if (redisUrl) {
  adapters.push({
    name: 'redis',
    shared: true,
    create: () => new RedisCacheStore({ redisUrl, keyPrefix: runPrefix }),
  });
}

afterAll(async () => {
  if (!redisUrl) return;
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${runPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe.each(adapters)('CacheStore contract: $name', ({ name, create }) => {
  let cache: CacheStore;
  let ns: string;

  beforeEach(() => {
    cache = create();
    ns = `${randomUUID()}:`;
  });
  afterEach(async () => {
    await cache.deleteByPrefix(ns);
    await cache.close();
  });

  it('reports its adapter name', () => {
    expect(cache.name).toBe(name);
  });

  it('answers ping while its backing service is up', async () => {
    await expect(cache.ping()).resolves.toBeUndefined();
  });

  it('returns the JSON values it was given', async () => {
    const values = {
      object: { a: 1, b: ['x', true, null] },
      text: 'İstanbul',
      number: 42.5,
      flag: false,
      nil: null,
    };
    for (const [key, value] of Object.entries(values)) await cache.set(ns + key, value);
    for (const [key, value] of Object.entries(values)) expect(await cache.get(ns + key)).toEqual(value);
  });

  it('returns undefined for a key that was never set', async () => {
    expect(await cache.get(`${ns}missing`)).toBeUndefined();
  });

  it('forgets a value once its ttl has passed', async () => {
    await cache.set(`${ns}short`, 'soon gone', 0.1);
    await cache.set(`${ns}long`, 'still here', 60);
    expect(await cache.get(`${ns}short`)).toBe('soon gone');
    await sleep(250);
    expect(await cache.get(`${ns}short`)).toBeUndefined();
    expect(await cache.get(`${ns}long`)).toBe('still here');
  });

  it('drops an earlier expiry when a key is set again without a ttl', async () => {
    await cache.set(`${ns}key`, 1, 0.1);
    await cache.set(`${ns}key`, 2);
    await sleep(250);
    expect(await cache.get(`${ns}key`)).toBe(2);
  });

  it('refuses values that JSON cannot store and ttls that are not positive', async () => {
    await expect(cache.set(`${ns}key`, undefined)).rejects.toThrow(/JSON/);
    await expect(cache.set(`${ns}key`, 1, 0)).rejects.toThrow(/ttlSeconds/);
  });

  it('deletes a key, and deleting a missing key is harmless', async () => {
    await cache.set(`${ns}key`, 'value');
    await cache.delete(`${ns}key`);
    await cache.delete(`${ns}never-set`);
    expect(await cache.get(`${ns}key`)).toBeUndefined();
  });

  it('deletes only the keys under a prefix and says how many it deleted', async () => {
    await cache.set(`${ns}product:1`, 'a');
    await cache.set(`${ns}product:2`, 'b');
    await cache.set(`${ns}products-page:1`, 'c');
    await cache.set(`${ns}user:1`, 'd');
    expect(await cache.deleteByPrefix(`${ns}product:`)).toBe(2);
    expect(await cache.get(`${ns}product:1`)).toBeUndefined();
    expect(await cache.get(`${ns}products-page:1`)).toBe('c');
    expect(await cache.get(`${ns}user:1`)).toBe('d');
  });

  it('treats glob characters in a prefix literally', async () => {
    await cache.set(`${ns}a*b:1`, 1);
    await cache.set(`${ns}axb:1`, 2);
    await cache.set(`${ns}a?[b]:1`, 3);
    expect(await cache.deleteByPrefix(`${ns}a*b`)).toBe(1);
    expect(await cache.deleteByPrefix(`${ns}a?[b]`)).toBe(1);
    expect(await cache.get(`${ns}axb:1`)).toBe(2);
  });

  it('refuses to delete by an empty prefix', async () => {
    await expect(cache.deleteByPrefix('')).rejects.toThrow(/Prefix/);
  });

  it('counts hits in a fixed window and says when the window resets', async () => {
    const first = await cache.increment(`${ns}rate:ip`, 60);
    const second = await cache.increment(`${ns}rate:ip`, 60);
    const third = await cache.increment(`${ns}rate:ip`, 60);
    expect([first.count, second.count, third.count]).toEqual([1, 2, 3]);
    expect(third.resetInSeconds).toBeGreaterThan(0);
    expect(third.resetInSeconds).toBeLessThanOrEqual(60);
    expect(await cache.increment(`${ns}rate:other-ip`, 60)).toMatchObject({ count: 1 });
  });

  it('starts counting from one again when the window has ended', async () => {
    await cache.increment(`${ns}rate:ip`, 0.1);
    await cache.increment(`${ns}rate:ip`, 0.1);
    await sleep(250);
    expect(await cache.increment(`${ns}rate:ip`, 0.1)).toMatchObject({ count: 1 });
  });

  it('hands a taken value to exactly one of several racing callers', async () => {
    await cache.set('take:me', { sessionId: 's1' }, 60);
    const results = await Promise.all(Array.from({ length: 5 }, () => cache.take('take:me')));
    expect(results.filter((r) => r !== undefined)).toEqual([{ sessionId: 's1' }]);
    expect(await cache.get('take:me')).toBeUndefined();
  });

  it('keeps a set of members, removes some and forgets the set when it expires', async () => {
    await cache.addToSet('set:a', ['x', 'y'], 60);
    await cache.addToSet('set:a', ['y', 'z'], 60);
    expect((await cache.setMembers('set:a')).sort()).toEqual(['x', 'y', 'z']);
    await cache.removeFromSet('set:a', ['x', 'missing']);
    expect((await cache.setMembers('set:a')).sort()).toEqual(['y', 'z']);
    expect(await cache.setMembers('set:never')).toEqual([]);
    await cache.addToSet('set:short', ['x'], 0.05);
    await new Promise((r) => setTimeout(r, 120));
    expect(await cache.setMembers('set:short')).toEqual([]);
  });

  it('does not lose hits when many increments race', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, () => cache.increment(`${ns}rate:burst`, 60)),
    );
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
  });
});

describe.each(adapters.filter((a) => a.shared))('CacheStore shared between replicas: $name', ({ create }) => {
  it('lets two replicas see the same values and share one rate-limit counter', async () => {
    const [replicaA, replicaB] = [create(), create()];
    const ns = `${randomUUID()}:`;
    try {
      await replicaA.set(`${ns}session`, { userId: 'u1' });
      expect(await replicaB.get(`${ns}session`)).toEqual({ userId: 'u1' });
      await replicaA.increment(`${ns}rate`, 60);
      expect(await replicaB.increment(`${ns}rate`, 60)).toMatchObject({ count: 2 });
    } finally {
      await replicaA.deleteByPrefix(ns);
      await Promise.all([replicaA.close(), replicaB.close()]);
    }
  });
});

describe('MemoryCacheStore', () => {
  it('evicts the least recently used key when it is full', async () => {
    const cache = new MemoryCacheStore({ maxEntries: 3 });
    await cache.set('a', 1);
    await cache.set('b', 2);
    await cache.set('c', 3);
    await cache.get('a');
    await cache.set('d', 4);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(1);
    expect(await cache.get('c')).toBe(3);
    expect(await cache.get('d')).toBe(4);
  });
});

describe('RedisCacheStore', () => {
  it('rejects ping when Redis is unreachable', async () => {
    const cache = new RedisCacheStore({ redisUrl: 'redis://127.0.0.1:1', pingTimeoutMs: 1_000 });
    try {
      await expect(cache.ping()).rejects.toThrow(/unreachable/);
    } finally {
      await cache.close();
    }
  });
});
