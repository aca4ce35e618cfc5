import { Module } from '@nestjs/common';
import { CallerResolver } from '../../platform/auth/caller.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { MemberMetrics } from './member-metrics.js';
import { PasswordHasher } from './password-hasher.js';
import { RateLimiter } from './rate-limiter.js';
import { SessionService } from './session.service.js';
import { UserRepository } from './user.repository.js';

@Module({
  controllers: [AuthController],
  providers: [
    UserRepository,
    PasswordHasher,
    RateLimiter,
    SessionService,
    AuthService,
    MemberMetrics,
    { provide: CallerResolver, useExisting: SessionService },
  ],
  exports: [CallerResolver, PasswordHasher, RateLimiter],
})
export class IdentityModule {}
