import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { BackupError, BackupErrorCode } from './backup.errors.js';

/** The last bytes of a tool's stderr kept for the error message (pg_dump can be chatty with --verbose). */
const STDERR_LIMIT = 16 * 1024;

export interface PgToolsOptions {
  /** Folder holding pg_dump and pg_restore; default: found on PATH. Their major version must be >= the server's. */
  binDir?: string;
}

/**
 * The URL without its password (which goes in PGPASSWORD instead, so it never shows in `ps`), plus the environment
 * for the tool. libpq reads the rest (host, port, database, sslmode...) from the URL itself.
 */
export function connectionFor(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  // Children inherit the environment (PATH, locale); PGPASSWORD is the only addition.
  return { dbname: url.href, env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } };
}

/** What a spawned pg tool gives back: its stdout, and a promise that settles when it has exited and closed stdio. */
export interface RunningTool {
  stdout: Readable;
  /** Resolves on exit code 0; rejects with `BackupError(ToolFailed)` naming the tool, the code and stderr. */
  exited: Promise<void>;
  kill(): void;
}

export function startPgTool(
  tool: 'pg_dump' | 'pg_restore',
  args: string[],
  databaseUrl: string,
  options: PgToolsOptions = {},
): RunningTool {
  const { dbname, env } = connectionFor(databaseUrl);
  const command = options.binDir ? `${options.binDir.replace(/\/$/, '')}/${tool}` : tool;
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    command,
    [`--dbname=${dbname}`, ...args],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    stderr = (stderr + text).slice(-STDERR_LIMIT);
  });
  const exited = new Promise<void>((resolve, reject) => {
    child.once('error', (error) => {
      reject(
        new BackupError(BackupErrorCode.ToolFailed, `Could not start ${command}: ${error.message}`, {
          cause: error,
        }),
      );
    });
    child.once('close', (code, signal) => {
      if (code === 0) return resolve();
      const how = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(
        new BackupError(
          BackupErrorCode.ToolFailed,
          `${tool} ${how}: ${stderr.trim() || '(no output on stderr)'}`,
        ),
      );
    });
  });
  // Callers may never await `exited` (e.g. the upload failed first); the rejection is theirs to read, not a crash.
  exited.catch(() => undefined);
  return {
    stdout: child.stdout,
    exited,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
  };
}
