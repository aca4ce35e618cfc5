import { describe, expect, it } from 'vitest';
import { MemoryCacheStore } from '../../platform/cache/memory-cache.adapter.js';
import { SearchResultCache } from './search-result-cache.js';

function counting<T>(answer: T) {
  const compute = async () => {
    compute.calls += 1;
    return answer;
  };
  compute.calls = 0;
  return compute;
}

describe('SearchResultCache', () => {
  it('answers the same query from the cache until the indexer starts a new generation', async () => {
    const cache = new SearchResultCache(new MemoryCacheStore(), 60);
    const compute = counting({ total: 3 });
    const query = { text: 'camaro', filters: { brands: ['hot-wheels'] } };

    expect(await cache.remember('result', query, compute)).toEqual({ total: 3 });
    expect(await cache.remember('result', query, compute)).toEqual({ total: 3 });
    expect(compute.calls).toBe(1);

    await cache.nextGeneration();
    await cache.remember('result', query, compute);
    expect(compute.calls).toBe(2);
  });

  it('treats key order and the order of list filters as the same query', async () => {
    const cache = new SearchResultCache(new MemoryCacheStore(), 60);
    const compute = counting({ total: 1 });
    await cache.remember(
      'result',
      { text: 'a', filters: { brands: ['x', 'y'], scales: undefined } },
      compute,
    );
    await cache.remember('result', { filters: { brands: ['y', 'x'] }, text: 'a' }, compute);
    expect(compute.calls).toBe(1);

    await cache.remember('result', { text: 'a', filters: { brands: ['x'] } }, compute);
    await cache.remember('suggest', { text: 'a', filters: { brands: ['x'] } }, compute);
    expect(compute.calls).toBe(3);
  });

  it('computes a query once while identical requests are in flight', async () => {
    const cache = new SearchResultCache(new MemoryCacheStore(), 60);
    let release!: () => void;
    let calls = 0;
    const compute = () => {
      calls += 1;
      return new Promise<string>((resolve) => {
        release = () => resolve('hits');
      });
    };
    const answers = Promise.all([1, 2, 3].map(() => cache.remember('result', { text: 'lego' }, compute)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    expect(await answers).toEqual(['hits', 'hits', 'hits']);
    expect(calls).toBe(1);
  });

  it('computes every time when the TTL is 0', async () => {
    const cache = new SearchResultCache(new MemoryCacheStore(), 0);
    const compute = counting('x');
    await cache.remember('result', { text: 'a' }, compute);
    await cache.remember('result', { text: 'a' }, compute);
    expect(compute.calls).toBe(2);
  });

  it('still answers when the cache store fails', async () => {
    const store = new MemoryCacheStore();
    store.get = () => Promise.reject(new Error('connection refused'));
    store.set = () => Promise.reject(new Error('connection refused'));
    const cache = new SearchResultCache(store, 60);
    const compute = counting({ total: 0 });
    expect(await cache.remember('result', { text: 'x' }, compute)).toEqual({ total: 0 });
    expect(await cache.remember('result', { text: 'x' }, compute)).toEqual({ total: 0 });
    expect(compute.calls).toBe(2);
  });
});
