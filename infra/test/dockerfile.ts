import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoDir } from './files.js';

export interface Instruction {
  /** The stage the instruction belongs to: the `AS` name of the last FROM (`''` before the first FROM). */
  stage: string;
  keyword: string;
  /** Everything after the keyword, continuation lines joined as Docker joins them. */
  args: string;
}

/**
 * A Dockerfile as BuildKit reads it: comment lines dropped (also inside a continuation), `\` + newline removed,
 * one entry per instruction.
 */
export function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let stage = '';
  let pending = '';
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('#') || (pending === '' && line.trim() === '')) continue;
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1);
      continue;
    }
    const whole = (pending + line).trim();
    pending = '';
    const keyword = whole.split(/\s+/)[0] ?? '';
    const args = whole.slice(keyword.length).trim();
    if (keyword.toUpperCase() === 'FROM') stage = /\sAS\s+(\S+)$/i.exec(args)?.[1] ?? '';
    instructions.push({ stage, keyword: keyword.toUpperCase(), args });
  }
  return instructions;
}

export const readDockerfile = (path: string): Instruction[] =>
  parseDockerfile(readFileSync(join(repoDir, path), 'utf8'));

/** The `--mount=…` options of a RUN, each as key/value pairs (`type=secret,id=x` → { type: 'secret', id: 'x' }). */
export function mounts(run: Instruction): Record<string, string>[] {
  return [...run.args.matchAll(/(?:^|\s)--mount=(\S+)/g)].map(
    (match) =>
      Object.fromEntries(
        (match[1] as string).split(',').map((pair) => {
          const [key = '', ...value] = pair.split('=');
          return [key, value.join('=')];
        }),
      ) as Record<string, string>,
  );
}

/** The shell script of a RUN (shell form), without its leading `--flag=…` options. */
export const runScript = (run: Instruction): string => run.args.replace(/^(?:--\S+\s+)+/, '');

/** The `ARG NAME=default` declarations of a stage, in order (`undefined` default for `ARG NAME`). */
export function stageArgs(instructions: Instruction[], stage: string): Map<string, string | undefined> {
  const args = new Map<string, string | undefined>();
  for (const instruction of instructions) {
    if (instruction.stage !== stage || instruction.keyword !== 'ARG') continue;
    const [name = '', ...value] = instruction.args.split('=');
    args.set(name, value.length > 0 ? value.join('=') : undefined);
  }
  return args;
}
