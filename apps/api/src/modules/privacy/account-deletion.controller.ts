import { Body, Controller, Delete, HttpCode } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiTags,
} from '@nestjs/swagger';
import { deleteAccountRequestSchema } from '@tarodan/contracts';
import { Authenticated } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { AccountDeletionService, type DeleteAccountRequest } from './account-deletion.service.js';

@ApiTags('account')
@ApiBearerAuth()
@Controller('v1/account')
export class AccountDeletionController {
  constructor(private readonly deletions: AccountDeletionService) {}

  @Delete()
  @HttpCode(204)
  @Authenticated()
  @ApiBody({ schema: openApiSchema(deleteAccountRequestSchema) })
  @ApiNoContentResponse({
    description: 'The account is anonymised, its data deleted and every session ended',
  })
  @ApiBadRequestResponse({ description: 'The confirmation is not exactly "HESABIMI SIL"' })
  @ApiForbiddenResponse({ description: 'Wrong password, or a staff account' })
  async delete(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(deleteAccountRequestSchema)) body: DeleteAccountRequest,
  ) {
    await this.deletions.deleteAccount(caller, body);
  }
}
