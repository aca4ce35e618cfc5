import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.spec.ts'],
    // The dashboard suite boots the built API (and the worker when PostgreSQL and Redis are configured).
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
