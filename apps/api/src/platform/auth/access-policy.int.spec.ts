import { Controller, Get, type INestApplication } from '@nestjs/common';
import { APP_GUARD, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { AllExceptionsFilter } from '../errors/http-exception.filter.js';
import { AccessGuard } from './access.guard.js';
import { ACCESS_POLICY } from './access-policy.js';
import { CallerResolver } from './caller.js';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

// Metadata keys Nest sets on route handlers, GraphQL resolver methods and socket.io message handlers.
const PATH_METADATA = 'path';
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const MESSAGE_METADATA = 'message';

/** Every REST route, GraphQL resolver field and socket event handler, by name. */
function handlers(app: INestApplication = api.app): { name: string; policy: unknown }[] {
  const modules = [...app.get(ModulesContainer).values()];
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const found: { name: string; policy: unknown }[] = [];
  const wrappers = modules.flatMap((m) => [...m.controllers.values(), ...m.providers.values()]);
  for (const wrapper of new Set(wrappers)) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prototype = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method];
      const isRoute = Reflect.getMetadata(PATH_METADATA, handler) !== undefined;
      const isResolver = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) !== undefined;
      const isSocketEvent = Reflect.getMetadata(MESSAGE_METADATA, handler) !== undefined;
      if (!isRoute && !isResolver && !isSocketEvent) continue;
      const policy = reflector.getAllAndOverride(ACCESS_POLICY, [handler, wrapper.metatype]);
      found.push({ name: `${wrapper.metatype.name}.${method}`, policy });
    }
  }
  return found;
}

describe('access policies', () => {
  it('are declared by every route, resolver and socket event', () => {
    const all = handlers();
    expect(all.length).toBeGreaterThan(10);
    expect(all.map((h) => h.name)).toEqual(
      expect.arrayContaining([
        'CategoriesController.list',
        'CatalogResolver.categories',
        'RealtimeGateway.ping',
      ]),
    );
    expect(all.filter((h) => !h.policy).map((h) => h.name)).toEqual([]);
  });

  it('keep the admin API for admins and moderators', () => {
    const admin = handlers().filter(
      (h) => h.name.startsWith('DashboardController.') || h.name.startsWith('ZeroResultAdminController.'),
    );
    expect(admin.map((h) => h.name)).toEqual(
      expect.arrayContaining(['ZeroResultAdminController.list', 'ZeroResultAdminController.resolve']),
    );
    for (const h of admin) expect(h.policy).toEqual({ kind: 'roles', roles: ['admin', 'moderator'] });
  });
});

@Controller('forgotten')
class ForgottenPolicyController {
  @Get()
  open() {
    return { secret: 'should never be served' };
  }
}

describe('a handler without a policy', () => {
  it('is reported by the enumeration and refused at runtime', async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ForgottenPolicyController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: CallerResolver, useValue: { resolve: async () => null } },
      ],
    }).compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    app.useGlobalFilters(new AllExceptionsFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    try {
      const missing = handlers(app).filter((h) => !h.policy);
      expect(missing.map((h) => h.name)).toEqual(['ForgottenPolicyController.open']);
      const answer = await app.inject({ method: 'GET', url: '/forgotten' });
      expect(answer.statusCode).toBe(403);
      expect(answer.body).not.toContain('should never be served');
    } finally {
      await app.close();
    }
  });
});
