import { z } from 'zod';
import { defineJob } from '../../platform/queue/queue.port.js';

/**
 * Renders an uploaded image's variants, blurhash and dominant colour. The jobId is the asset id, so an upload is
 * queued once; the handler is idempotent (a ready or failed asset is left alone, variant keys are fixed).
 * Backoff: 2 s, then 4 s; after the third failed try the asset is marked `failed` with a reason its owner sees.
 * A file that cannot be decoded fails at once (retrying would decode the same bytes).
 */
export const processImageJob = defineJob({
  queue: 'images',
  name: 'process-image',
  schema: z.object({ assetId: z.uuid() }),
  attempts: 3,
  backoffMs: 2_000,
});
