// Small helpers shared by the dev and test entry points. Plain Node: they run before dependencies are installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The pnpm that is running us (npx pnpm@…, a global pnpm or corepack), so nested calls use the same one. */
export function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) {
    return execPath.endsWith('.js') || execPath.endsWith('.cjs') ? [process.execPath, execPath] : [execPath];
  }
  return ['pnpm'];
}

export function run(args, options = {}) {
  const [command, ...rest] = args;
  const result = spawnSync(command, rest, {
    cwd: root,
    stdio: 'inherit',
    ...options,
    env: { ...process.env, ...options.env },
  });
  return result.status ?? 1;
}

export function pnpm(args, options) {
  return run([...pnpmCommand(), ...args], options);
}

/** Installs dependencies from the lock file when this checkout has none yet. */
export function ensureInstalled() {
  if (existsSync(join(root, 'node_modules', '.modules.yaml'))) return;
  console.log('› Installing dependencies from pnpm-lock.yaml (first run)…');
  if (pnpm(['install', '--frozen-lockfile']) !== 0) process.exit(1);
}

/** Starts a long-running child whose output lines are prefixed with its name. */
export function startService(name, args, { cwd = root, env = {}, color = 36 } = {}) {
  const [command, ...rest] = args;
  const child = spawn(command, rest, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `\u001b[${color}m${name.padEnd(6)}\u001b[0m│ `;
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(`${prefix + line}\n`);
    });
  }
  return child;
}

export async function waitForUrl(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}
