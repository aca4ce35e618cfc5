import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadInterpolatedCompose } from './compose.js';
import { type Instruction, mounts, readDockerfile, runScript } from './dockerfile.js';
import { repoDir } from './files.js';
import { type Context, condition, inputList, interpolate } from './github-expressions.js';

/**
 * Source maps reach Sentry from the image builds (docs/deploy.md §9): the token is the BuildKit secret
 * `sentry_auth_token`, CI passes it on pushes to main only, and the maps are uploaded for release = the commit, the
 * release every app reports. These tests read the Dockerfiles and ci.yml, and run the Dockerfiles' upload step
 * with the tools it calls (npx, pnpm, find) replaced by stubs that record their arguments.
 */
const APPS = ['api', 'web', 'admin'] as const;
type App = (typeof APPS)[number];
const SECRET_PATH = '/run/secrets/sentry_auth_token';
const SHA = '3f2c1a9e8d7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a';
const repoFile = (path: string) => readFileSync(join(repoDir, path), 'utf8');

const scratch = mkdtempSync(join(tmpdir(), 'tarodan-sentry-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Stubs for the commands the upload step runs: each appends "name<TAB>token<TAB>env<TAB>args" to $STUB_LOG. */
const stubBin = join(scratch, 'bin');
mkdirSync(stubBin);
for (const name of ['npx', 'pnpm', 'find']) {
  const stub = join(stubBin, name);
  writeFileSync(
    stub,
    `#!/bin/sh
printf '%s\\t%s\\t%s\\t%s\\n' "${name}" "\${SENTRY_AUTH_TOKEN-<unset>}" \\
  "GIT_SHA=$GIT_SHA SENTRY_ORG=$SENTRY_ORG SENTRY_PROJECT=$SENTRY_PROJECT" "$*" >> "$STUB_LOG"
[ -z "$STUB_FAIL" ] || exit 1
`,
  );
  chmodSync(stub, 0o755);
}

interface Call {
  command: string;
  token: string;
  env: string;
  args: string;
}

function sentryRun(app: App): { instructions: Instruction[]; run: Instruction; index: number } {
  const instructions = readDockerfile(`apps/${app}/Dockerfile`);
  const index = instructions.findIndex(
    (i) => i.keyword === 'RUN' && mounts(i).some((m) => m.type === 'secret' && m.id === 'sentry_auth_token'),
  );
  return { instructions, run: instructions[index] as Instruction, index };
}

/** The ARGs a RUN sees: those its stage declared before it, with their defaults, then the build's --build-arg values. */
function argsBefore(instructions: Instruction[], index: number, buildArgs: Record<string, string>) {
  const stage = instructions[index]?.stage;
  const env: Record<string, string> = {};
  for (const instruction of instructions.slice(0, index)) {
    if (instruction.stage !== stage || instruction.keyword !== 'ARG') continue;
    const [name = '', ...value] = instruction.args.split('=');
    env[name] = buildArgs[name] ?? value.join('=');
  }
  return env;
}

/** Runs the Dockerfile's upload step as BuildKit would (sh -c, the ARGs as environment, the secret as a file). */
function runUploadStep(
  app: App,
  options: { token?: string; fail?: boolean; buildArgs?: Record<string, string> },
) {
  const { instructions, run, index } = sentryRun(app);
  const dir = mkdtempSync(join(scratch, `${app}-`));
  const secret = join(dir, 'sentry_auth_token');
  if (options.token !== undefined) writeFileSync(secret, options.token);
  const log = join(dir, 'calls.log');
  writeFileSync(log, '');
  const result = spawnSync('sh', ['-c', runScript(run).replaceAll(SECRET_PATH, secret)], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: `${stubBin}:/usr/bin:/bin`,
      STUB_LOG: log,
      ...(options.fail ? { STUB_FAIL: '1' } : {}),
      ...argsBefore(instructions, index, options.buildArgs ?? {}),
    },
  });
  const calls: Call[] = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [command = '', token = '', env = '', args = ''] = line.split('\t');
      return { command, token, env, args };
    });
  return { status: result.status, stdout: result.stdout.trim().split('\n').filter(Boolean), calls };
}

const CI_BUILD_ARGS = { GIT_SHA: SHA, SENTRY_ORG: 'tarodan' };

describe.each(APPS)('apps/%s/Dockerfile: Sentry source maps', (app) => {
  const { instructions, run, index } = sentryRun(app);
  const buildStage = (keyword: string) =>
    instructions.filter((i) => i.stage === 'build' && i.keyword === keyword);
  const runtime = instructions.filter((i) => i.stage === 'runtime');

  it('reads the token from an optional BuildKit secret mount, in the build stage only', () => {
    expect(run, 'a RUN with --mount=type=secret,id=sentry_auth_token').toBeDefined();
    const secretMounts = instructions.flatMap(mounts).filter((m) => m.type === 'secret');
    expect(secretMounts).toEqual([{ type: 'secret', id: 'sentry_auth_token', required: 'false' }]);
    expect(run.stage).toBe('build');
    expect(runScript(run)).toContain(SECRET_PATH);
  });

  it('never takes the token as a build argument or an environment variable', () => {
    for (const instruction of instructions.filter((i) => i.keyword === 'ARG' || i.keyword === 'ENV')) {
      expect(instruction.args).not.toMatch(/TOKEN|SENTRY_AUTH/i);
    }
    const mentions = instructions.filter((i) => /SENTRY_AUTH_TOKEN|sentry_auth_token/.test(i.args));
    expect(mentions).toEqual([run]);
  });

  it('knows the commit in the build stage, with the default the runtime stage reports', () => {
    const buildSha = buildStage('ARG').find((i) => i.args.startsWith('GIT_SHA=')) as Instruction;
    const runtimeSha = runtime.find((i) => i.keyword === 'ARG' && i.args.startsWith('GIT_SHA='));
    expect(buildSha, 'ARG GIT_SHA in the build stage').toBeDefined();
    expect(instructions.indexOf(buildSha)).toBeLessThan(index);
    expect(buildSha.args).toBe(runtimeSha?.args);
    expect(runtime.some((i) => i.keyword === 'ENV' && /\bGIT_SHA=\$\{GIT_SHA\}/.test(i.args))).toBe(true);
  });

  it(`names the Sentry project tarodan-${app}, as docs/manual-steps.md does, and takes the org from the build`, () => {
    const args = argsBefore(instructions, index, {});
    expect(args.SENTRY_PROJECT).toBe(`tarodan-${app}`);
    expect(args.SENTRY_ORG).toBe('');
    expect(repoFile('docs/manual-steps.md').includes(`\`tarodan-${app}\``)).toBe(true);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
  ])('builds on with one line and no upload when the secret is %s', (_, token) => {
    const { status, stdout, calls } = runUploadStep(app, { token, buildArgs: CI_BUILD_ARGS });
    expect(status).toBe(0);
    expect(stdout).toEqual(['Sentry: no sentry_auth_token secret, source maps not uploaded']);
    expect(calls.filter((c) => c.command === 'npx')).toEqual([]);
    expect(calls.every((c) => c.token === '<unset>')).toBe(true);
    if (app !== 'api') expect(calls.map((c) => c.command)).toEqual(['pnpm', 'find']);
  });

  it('places the upload after the compile and before `pnpm deploy` copies the output into the image', () => {
    const deploy = instructions.findIndex((i) => i.keyword === 'RUN' && /\bdeploy --legacy\b/.test(i.args));
    expect(index).toBeLessThan(deploy);
    if (app === 'api') {
      const compile = instructions.findIndex((i) => i.args === 'pnpm --filter "@tarodan/api..." build');
      expect(compile).toBeGreaterThanOrEqual(0);
      expect(compile).toBeLessThan(index);
    } else {
      // The token has to be in `next build`'s environment: withSentryConfig uploads from inside the build.
      expect(runScript(run)).toContain(`pnpm --filter "@tarodan/${app}..." build`);
    }
  });
});

describe('apps/api/Dockerfile: the upload', () => {
  it('injects debug IDs into dist/ and uploads it for release "$GIT_SHA" with a pinned Sentry CLI', () => {
    const script = runScript(sentryRun('api').run);
    expect(script).toContain('--release "$GIT_SHA"');
    expect(script).toContain('--org "$SENTRY_ORG" --project "$SENTRY_PROJECT"');
    const { instructions, index } = sentryRun('api');
    expect(argsBefore(instructions, index, {}).SENTRY_CLI_VERSION).toMatch(/^\d+\.\d+\.\d+$/);

    const { status, calls } = runUploadStep('api', { token: 'sntrys_test', buildArgs: CI_BUILD_ARGS });
    expect(status).toBe(0);
    const cli = `-y @sentry/cli@${argsBefore(instructions, index, {}).SENTRY_CLI_VERSION}`;
    expect(calls).toEqual([
      {
        command: 'npx',
        token: 'sntrys_test',
        env: expect.any(String),
        args: `${cli} sourcemaps inject apps/api/dist`,
      },
      {
        command: 'npx',
        token: 'sntrys_test',
        env: expect.any(String),
        args: `${cli} sourcemaps upload --org tarodan --project tarodan-api --release ${SHA} apps/api/dist`,
      },
    ]);
  });

  it('emits source maps from tsc for the CLI to upload', () => {
    const build = JSON.parse(repoFile('apps/api/tsconfig.build.json'));
    const api = JSON.parse(repoFile('apps/api/tsconfig.json'));
    const node = JSON.parse(repoFile('packages/tsconfig/node.json'));
    expect(build.extends).toBe('./tsconfig.json');
    expect(api.extends).toBe('@tarodan/tsconfig/node.json');
    const sourceMap =
      build.compilerOptions?.sourceMap ?? api.compilerOptions?.sourceMap ?? node.compilerOptions?.sourceMap;
    expect(sourceMap).toBe(true);
  });

  it('does not fail the build when the upload fails (a Sentry outage must not hold back a release)', () => {
    const { status, stdout } = runUploadStep('api', {
      token: 'sntrys_test',
      fail: true,
      buildArgs: CI_BUILD_ARGS,
    });
    expect(status).toBe(0);
    expect(stdout).toEqual(['Sentry: source-map upload failed (see above), building on without it']);
  });

  it('uploads for the release the api and the worker report: SENTRY_RELEASE ?? GIT_SHA, and compose sets no SENTRY_RELEASE', () => {
    expect(repoFile('apps/api/src/config/app-config.ts')).toMatch(
      /release: env\.SENTRY_RELEASE \?\? env\.GIT_SHA\b/,
    );
    for (const [name, service] of Object.entries(loadInterpolatedCompose().services)) {
      expect(Object.keys(service.environment ?? {}), name).not.toContain('SENTRY_RELEASE');
    }
  });
});

describe.each(['web', 'admin'] as const)('apps/%s: the upload from `next build`', (app) => {
  const config = repoFile(`apps/${app}/next.config.mjs`);

  it('exports the token to next build only, with the org, project and commit, and deletes browser maps', () => {
    const { status, stdout, calls } = runUploadStep(app, { token: 'sntrys_test', buildArgs: CI_BUILD_ARGS });
    expect(status).toBe(0);
    expect(stdout).toEqual([]);
    expect(calls).toEqual([
      {
        command: 'pnpm',
        token: 'sntrys_test',
        env: `GIT_SHA=${SHA} SENTRY_ORG=tarodan SENTRY_PROJECT=tarodan-${app}`,
        args: `--filter @tarodan/${app}... build`,
      },
      {
        command: 'find',
        token: 'sntrys_test',
        env: expect.any(String),
        args: `apps/${app}/.next/static -name *.map -type f -delete`,
      },
    ]);
  });

  it('lets withSentryConfig upload with that token, hidden browser maps deleted after upload', () => {
    expect(config).toMatch(/const sentryAuthToken = process\.env\.SENTRY_AUTH_TOKEN;/);
    expect(config).toMatch(/authToken: sentryAuthToken,/);
    expect(config).toMatch(/org: process\.env\.SENTRY_ORG,/);
    expect(config).toMatch(/project: process\.env\.SENTRY_PROJECT,/);
    expect(config).toMatch(/sourcemaps: \{ disable: !sentryAuthToken, deleteSourcemapsAfterUpload: true \}/);
    // Browser maps come from withSentryConfig (hidden-source-map), not from Next's public ones.
    expect(config).not.toMatch(/productionBrowserSourceMaps/);
  });

  it('names the release after the commit, the same value the browser bundle and the server report', () => {
    const release = 'process.env.SENTRY_RELEASE || process.env.GIT_SHA';
    expect(config).toContain(`name: ${release} || undefined`);
    expect(config).toContain(`NEXT_PUBLIC_SENTRY_RELEASE: ${release} || ''`);
    expect(repoFile(`apps/${app}/src/lib/sentry-options.ts`)).toContain(
      'release: process.env.NEXT_PUBLIC_SENTRY_RELEASE || undefined',
    );
    expect(repoFile(`apps/${app}/src/instrumentation.ts`)).toContain(
      'release: process.env.SENTRY_RELEASE || process.env.GIT_SHA || options.release',
    );
  });
});

describe('.github/workflows/ci.yml: the images job', () => {
  interface Step {
    id?: string;
    if?: string;
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
  }
  const workflowText = repoFile('.github/workflows/ci.yml');
  const workflow = parse(workflowText) as {
    jobs: Record<string, { steps: Step[]; strategy?: { matrix: { app: string[] } } }>;
  };
  const images = workflow.jobs.images;
  const steps = images?.steps ?? [];
  const build = steps.find((s) => s.uses?.startsWith('docker/build-push-action@')) as Step;

  /** What the build step hands docker/build-push-action for one run, as GitHub would evaluate the job. */
  function buildInputs(event: { event_name: string; ref: string }, app: string, configured: boolean) {
    const context: Context = {
      github: { ...event, sha: SHA },
      matrix: { app },
      secrets: configured ? { SENTRY_AUTH_TOKEN: 'sntrys_test' } : {},
      vars: configured ? { SENTRY_ORG: 'tarodan' } : {},
      steps: {} as Record<string, { outputs: Record<string, string> }>,
    };
    for (const step of steps.slice(0, steps.indexOf(build))) {
      if (!step.id || !step.run || (step.if && !condition(step.if, context))) continue;
      const output = join(mkdtempSync(join(scratch, 'gh-')), 'output');
      writeFileSync(output, '');
      const env = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(v, context)]),
      );
      const result = spawnSync('bash', ['-e', '-c', interpolate(step.run, context)], {
        encoding: 'utf8',
        env: { PATH: '/usr/bin:/bin', GITHUB_OUTPUT: output, ...env },
      });
      expect(result.status, result.stderr).toBe(0);
      const outputs = Object.fromEntries(
        readFileSync(output, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split('=', 2) as [string, string]),
      );
      (context.steps as Record<string, { outputs: Record<string, string> }>)[step.id] = { outputs };
    }
    return {
      buildArgs: inputList(interpolate(build.with?.['build-args'] ?? '', context)),
      secrets: inputList(interpolate(build.with?.secrets ?? '', context)),
    };
  }

  it('builds api, web and admin', () => {
    expect(images?.strategy?.matrix.app).toEqual([...APPS]);
  });

  it.each(APPS)(
    'on a push to main, passes the token as the secret and the org and tarodan-%s as build arguments',
    (app) => {
      expect(buildInputs({ event_name: 'push', ref: 'refs/heads/main' }, app, true)).toEqual({
        buildArgs: [`GIT_SHA=${SHA}`, 'SENTRY_ORG=tarodan', `SENTRY_PROJECT=tarodan-${app}`],
        secrets: ['sentry_auth_token=sntrys_test'],
      });
    },
  );

  it.each([
    ['a push to another branch', { event_name: 'push', ref: 'refs/heads/feature' }, true],
    ['a pull request', { event_name: 'pull_request', ref: 'refs/pull/7/merge' }, true],
    [
      'a push to main before the token and org are set',
      { event_name: 'push', ref: 'refs/heads/main' },
      false,
    ],
  ])('on %s, passes neither the token nor the Sentry build arguments', (_, event, configured) => {
    expect(buildInputs(event, 'web', configured)).toEqual({ buildArgs: [`GIT_SHA=${SHA}`], secrets: [] });
  });

  it('uses the token nowhere else: not as a build argument, not in another job', () => {
    expect(build.with?.['build-args']).not.toMatch(/SENTRY_AUTH_TOKEN|secrets\./);
    const uses = workflowText.split('\n').filter((line) => line.includes('secrets.SENTRY_AUTH_TOKEN'));
    expect(uses).toHaveLength(2); // the gate step's env and the build step's `secrets`
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (name !== 'images') expect(JSON.stringify(job), name).not.toContain('SENTRY_AUTH_TOKEN');
    }
  });
});

describe('docs: the Sentry token, variable and upload', () => {
  it('say how to create the token and where it goes', () => {
    const manual = repoFile('docs/manual-steps.md');
    for (const text of ['project:releases', 'org:read', '`SENTRY_AUTH_TOKEN`', '`SENTRY_ORG`']) {
      expect(manual.includes(text), `docs/manual-steps.md names ${text}`).toBe(true);
    }
    const deploy = repoFile('docs/deploy.md');
    for (const text of ['sentry_auth_token', '`SENTRY_AUTH_TOKEN`', '`SENTRY_ORG`', 'GIT_SHA']) {
      expect(deploy.includes(text), `docs/deploy.md names ${text}`).toBe(true);
    }
  });
});
