import type { SearchIndexingRepository } from './search-indexing.repository.js';

export const LEASE_MS = 30_000;

/**
 * Runs `work` while holding the indexer lease (renewed every 10 s), waiting up to a minute for another holder to
 * finish. A reindex holds it for its whole run, so the outbox waits and drains into the new index afterwards.
 */
export async function holdIndexerLease<T>(
  outbox: SearchIndexingRepository,
  holder: string,
  work: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + 2 * LEASE_MS;
  while (!(await outbox.acquireLease(holder, LEASE_MS))) {
    if (Date.now() > deadline) throw new Error('Another search indexer has held the lease for a minute');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  let renewError: Error | null = null;
  const renew = setInterval(() => {
    outbox.acquireLease(holder, LEASE_MS).catch((error: Error) => {
      renewError = error;
    });
  }, LEASE_MS / 3);
  try {
    const result = await work();
    if (renewError) throw renewError;
    return result;
  } finally {
    clearInterval(renew);
    await outbox.releaseLease(holder);
  }
}
