// `pnpm test`: every suite (contracts, api unit + integration, mobile, end-to-end in Chromium), then one summary.
// With CI=true the integration suites require DATABASE_URL and REDIS_URL and fail without them.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, pnpm, root } from './lib.mjs';

ensureInstalled();
process.env.NEXT_TELEMETRY_DISABLED = '1';
const reports = join(root, '.reports');
rmSync(reports, { recursive: true, force: true });

const turboExit = pnpm(['turbo', 'run', 'test', '--concurrency=1', '--continue', '--output-logs=full']);

/** Reads one runner's JSON report into counts; vitest and jest share a format, Playwright has its own. */
function countsOf(suite) {
  const file = join(reports, `${suite}.json`);
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.stats) {
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
    return { passed: expected + flaky, failed: unexpected, skipped };
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

const suites = [
  ['contracts', 'shared schemas and helpers (vitest)'],
  ['api', 'API unit + integration over HTTP, GraphQL, socket.io (vitest)'],
  ['mobile', 'Expo app screens (jest-expo)'],
  ['e2e', 'web + admin in Chromium (Playwright)'],
  ['infra', 'deployment and observability configs (vitest + promtool)'],
];
// Suites that must report; any other workspace's report (e.g. tools/*) is counted too.
const required = new Set(suites.map(([suite]) => suite));
for (const file of existsSync(reports) ? readdirSync(reports) : []) {
  const suite = file.replace(/\.json$/, '');
  if (file.endsWith('.json') && !required.has(suite)) suites.push([suite, 'workspace tests (vitest)']);
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\nTest summary');
for (const [suite, what] of suites) {
  const counts = countsOf(suite);
  if (!counts) {
    failed += 1;
    console.log(`  ${suite.padEnd(10)} NO REPORT — the suite did not run (${what})`);
    continue;
  }
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  console.log(
    `  ${suite.padEnd(10)} ${String(counts.passed).padStart(4)} passed ${String(counts.failed).padStart(3)} failed ${String(counts.skipped).padStart(3)} skipped   ${what}`,
  );
}
if (skipped > 0) failed += skipped; // skipped tests are not allowed on main
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(turboExit !== 0 || failed > 0 ? 1 : 0);
