import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** infra/ — every path in the infra tests is relative to it. */
export const infraDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = join(infraDir, '..');

export const read = (path: string): string => readFileSync(join(infraDir, path), 'utf8');

/** YAML as Compose and Prometheus read it: anchors resolved and `<<` merge keys applied. */
export const readYaml = <T = unknown>(path: string): T =>
  parse(read(path), { merge: true, maxAliasCount: -1 }) as T;

export const listFiles = (dir: string, extension: string): string[] =>
  readdirSync(join(infraDir, dir))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));

/** Non-empty, non-comment lines of a checked-in list (planned-metrics.txt, exporter-metrics.txt). */
export const readList = (path: string): string[] =>
  read(path)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
