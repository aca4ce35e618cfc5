import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ErrorCode } from '@tarodan/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Public } from '../../platform/auth/access-policy.js';
import { AppError } from '../../platform/errors/app-error.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { isBucket, isValidObjectKey } from '../../platform/storage/object-key.js';
import { ObjectStorage } from '../../platform/storage/storage.port.js';

const signedQuery = z.object({
  expires: z.string().regex(/^\d{1,13}$/, 'must be a unix time'),
  signature: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'must be a signature'),
});

/**
 * Serves objects from local-disk storage through the signed URLs the storage port hands out (embedded mode only:
 * with S3/MinIO the browser fetches presigned URLs from MinIO directly). Public, because the signature is the access check.
 */
@ApiExcludeController()
@Controller('v1/files')
export class FilesController {
  constructor(private readonly storage: ObjectStorage) {}

  @Get(':bucket/*')
  @Public()
  async file(
    @Param('bucket') bucket: string,
    @Param('*') key: string,
    @Query(new ZodPipe(signedQuery)) query: z.infer<typeof signedQuery>,
    @Res() reply: FastifyReply,
  ) {
    if (!isBucket(bucket) || !isValidObjectKey(key)) throw AppError.notFound('File', `${bucket}/${key}`);
    if (!this.storage.verifySignedUrl(bucket, key, query.expires, query.signature)) {
      throw new AppError(ErrorCode.Forbidden, 'This link is invalid or has expired');
    }
    const object = await this.storage.get(bucket, key);
    if (!object) throw AppError.notFound('File', `${bucket}/${key}`);
    reply
      .header('content-type', object.contentType)
      .header('content-length', object.size)
      .header('cache-control', 'private, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .send(object.body);
  }
}
