import { Module } from '@nestjs/common';
import { CallerResolver } from '../../platform/auth/caller.js';
import { MediaModule } from '../media/media.module.js';
import { AccountController } from './account.controller.js';
import { AccountService } from './account.service.js';
import { AccountMailService } from './account-mail.service.js';
import { AccountTokenRepository } from './account-token.repository.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { AvatarService } from './avatar.service.js';
import { IdentityResolver } from './identity.resolver.js';
import { MemberMetrics } from './member-metrics.js';
import { MembersController } from './members.controller.js';
import { MfaService } from './mfa.service.js';
import { MfaChallengeService } from './mfa-challenge.service.js';
import { PasswordService } from './password.service.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordPolicy } from './password-policy.js';
import { RateLimiter } from './rate-limiter.js';
import { RegistrationService } from './registration.service.js';
import { SessionService } from './session.service.js';
import { UserRepository } from './user.repository.js';

@Module({
  imports: [MediaModule],
  controllers: [AuthController, AccountController, MembersController],
  providers: [
    UserRepository,
    AccountTokenRepository,
    PasswordHasher,
    PasswordPolicy,
    RateLimiter,
    SessionService,
    AccountMailService,
    AuthService,
    MfaChallengeService,
    MfaService,
    RegistrationService,
    PasswordService,
    AvatarService,
    AccountService,
    IdentityResolver,
    MemberMetrics,
    { provide: CallerResolver, useExisting: SessionService },
  ],
  exports: [
    CallerResolver,
    PasswordHasher,
    RateLimiter,
    SessionService,
    UserRepository,
    AccountService,
    AccountMailService,
    AvatarService,
  ],
})
export class IdentityModule {}
