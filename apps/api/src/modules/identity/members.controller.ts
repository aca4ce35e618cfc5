import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { publicProfileSchema } from '@tarodan/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Public } from '../../platform/auth/access-policy.js';
import { AppError } from '../../platform/errors/app-error.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { ObjectStorage } from '../../platform/storage/storage.port.js';
import { AccountService } from './account.service.js';

const memberParams = z.object({ id: z.uuid({ message: 'must be a member id' }) });
const avatarParams = z.object({
  userId: z.uuid({ message: 'must be a member id' }),
  file: z.string().regex(/^[a-f0-9]{24}\.(jpg|png|webp)$/, 'must be an avatar file name'),
});

@ApiTags('members')
@Controller('v1')
export class MembersController {
  constructor(
    private readonly accounts: AccountService,
    private readonly storage: ObjectStorage,
  ) {}

  @Get('members/:id')
  @Public()
  @ApiOkResponse({ schema: openApiSchema(z.object({ profile: publicProfileSchema })) })
  profile(@Param(new ZodPipe(memberParams)) params: z.output<typeof memberParams>) {
    return this.accounts.publicProfile(params.id);
  }

  /** Avatars are public and content-addressed: cached by browsers and the CDN forever. */
  @Get('avatars/:userId/:file')
  @Public()
  async avatar(
    @Param(new ZodPipe(avatarParams)) params: z.output<typeof avatarParams>,
    @Res() reply: FastifyReply,
  ) {
    const key = `${params.userId}/${params.file}`;
    const object = await this.storage.get('avatars', key);
    if (!object) throw AppError.notFound('Avatar', key);
    reply
      .header('content-type', object.contentType)
      .header('cache-control', object.cacheControl ?? 'public, max-age=86400')
      .header('x-content-type-options', 'nosniff')
      .send(object.body);
  }
}
