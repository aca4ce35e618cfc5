import { parse } from 'yaml';
import { read, readYaml } from './files.js';

export interface Healthcheck {
  test?: string | string[];
  disable?: boolean;
  interval?: string;
  timeout?: string;
  retries?: number;
}

export interface Service {
  image?: string;
  build?: { context: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string>;
  labels?: Record<string, string>;
  healthcheck?: Healthcheck;
  volumes?: string[];
  ports?: unknown[];
  expose?: string[];
  deploy?: { replicas?: number };
  depends_on?: Record<string, { condition: string }>;
}

export interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
  [key: string]: unknown;
}

export const composePath = 'compose.yaml';

/** The compose file after YAML anchors and merge keys, before variable interpolation. */
export const loadCompose = (): ComposeFile => readYaml<ComposeFile>(composePath);

/**
 * Compose's variable interpolation (compose-spec "Interpolation"): `$$` is a literal `$`; `${VAR:-default}` and
 * `${VAR-default}` take the default when VAR is unset; `${VAR:?message}` and `${VAR?message}` require VAR. The
 * values are what Coolify would pass; required variables get `value`.
 */
export function interpolate(text: string, required = 'set-in-coolify'): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])((?:[^{}]|\{[^}]*\})*))?\}/g,
    (whole, _name, op, arg) => {
      if (whole === '$$') return '$';
      if (op === ':-' || op === '-') return arg ?? '';
      return required;
    },
  );
}

/** The whole file interpolated, as the Compose implementation sees it. */
export const loadInterpolatedCompose = (): ComposeFile =>
  parse(interpolate(read(composePath)), { merge: true, maxAliasCount: -1 }) as ComposeFile;

/** Every variable the file requires (`${VAR:?…}`, outside comments): these must be set in Coolify. */
export function requiredVariables(): string[] {
  const code = read(composePath)
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n');
  return [
    ...new Set([...code.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*):?\?/g)].map((m) => m[1] as string)),
  ].sort();
}
