import { Injectable } from '@nestjs/common';
import { and, eq, inArray } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import { mediaAssets } from '../../platform/database/schema/index.js';

export type MediaAssetRow = typeof mediaAssets.$inferSelect;
export type NewMediaAsset = Pick<
  MediaAssetRow,
  'id' | 'ownerId' | 'kind' | 'originalKey' | 'originalContentType' | 'originalBytes'
>;
export type ProcessedImage = Pick<
  MediaAssetRow,
  'width' | 'height' | 'blurhash' | 'dominantColor' | 'variants'
>;

@Injectable()
export class MediaAssetRepository {
  constructor(private readonly database: Database) {}

  async insert(asset: NewMediaAsset): Promise<MediaAssetRow> {
    const [row] = await this.database.db
      .insert(mediaAssets)
      .values({ ...asset, status: 'pending' })
      .returning();
    if (!row) throw new Error(`Media asset ${asset.id} was not saved`);
    return row;
  }

  async findById(id: string): Promise<MediaAssetRow | null> {
    const [row] = await this.database.db.select().from(mediaAssets).where(eq(mediaAssets.id, id)).limit(1);
    return row ?? null;
  }

  async findOwned(id: string, ownerId: string): Promise<MediaAssetRow | null> {
    const [row] = await this.database.db
      .select()
      .from(mediaAssets)
      .where(and(eq(mediaAssets.id, id), eq(mediaAssets.ownerId, ownerId)))
      .limit(1);
    return row ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<MediaAssetRow[]> {
    if (ids.length === 0) return [];
    return this.database.db
      .select()
      .from(mediaAssets)
      .where(inArray(mediaAssets.id, [...ids]));
  }

  async listByOwner(ownerId: string): Promise<MediaAssetRow[]> {
    return this.database.db.select().from(mediaAssets).where(eq(mediaAssets.ownerId, ownerId));
  }

  /** Only a pending asset becomes ready; null when it was not pending any more (or is gone). */
  async markReady(id: string, image: ProcessedImage): Promise<MediaAssetRow | null> {
    const [row] = await this.database.db
      .update(mediaAssets)
      .set({ ...image, status: 'ready', failureReason: null, processedAt: new Date() })
      .where(and(eq(mediaAssets.id, id), eq(mediaAssets.status, 'pending')))
      .returning();
    return row ?? null;
  }

  /** Only a pending asset fails; null when it was not pending any more (or is gone). */
  async markFailed(id: string, reason: string): Promise<MediaAssetRow | null> {
    const [row] = await this.database.db
      .update(mediaAssets)
      .set({ status: 'failed', failureReason: reason, processedAt: new Date() })
      .where(and(eq(mediaAssets.id, id), eq(mediaAssets.status, 'pending')))
      .returning();
    return row ?? null;
  }

  async delete(id: string): Promise<void> {
    await this.database.db.delete(mediaAssets).where(eq(mediaAssets.id, id));
  }
}
