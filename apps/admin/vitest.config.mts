import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of the admin's pure logic (*.spec.ts beside the code); pages are covered by e2e/tests/admin-*.spec.ts.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { include: ['src/**/*.spec.ts'], environment: 'node' },
});
