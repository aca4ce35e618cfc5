import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredVariables } from './compose.js';
import { repoDir } from './files.js';
import { alertRules } from './prometheus.js';

const doc = (name: string) => readFileSync(join(repoDir, 'docs', name), 'utf8');

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

const anchors = (markdown: string) =>
  new Set([...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1] as string)));

/** The text of a `## Heading` section, up to the next heading of the same level. */
function section(markdown: string, heading: string): string | undefined {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return undefined;
  const next = markdown.indexOf('\n## ', start + 4);
  return markdown.slice(start, next < 0 ? undefined : next);
}

describe('docs/deploy.md and docs/runbook.md', () => {
  it('exist', () => {
    expect(existsSync(join(repoDir, 'docs', 'deploy.md'))).toBe(true);
    expect(existsSync(join(repoDir, 'docs', 'runbook.md'))).toBe(true);
  });

  it('give every alert rule a runbook section with the first three things to check', () => {
    const runbook = doc('runbook.md');
    const missing: string[] = [];
    for (const rule of alertRules()) {
      const text = section(runbook, rule.alert);
      if (!text) {
        missing.push(rule.alert);
        continue;
      }
      expect(text, rule.alert).toContain(`**${rule.labels?.severity}.**`);
      expect(text, rule.alert).toContain('First three things to check');
      for (const step of ['1. ', '2. ', '3. '])
        expect(text, `${rule.alert} step ${step}`).toContain(`\n${step}`);
    }
    expect(missing, 'alerts without a section in docs/runbook.md').toEqual([]);
  });

  it('link the runbook anchors the alerts point to', () => {
    const runbookAnchors = anchors(doc('runbook.md'));
    for (const rule of alertRules()) {
      const anchor = rule.annotations?.runbook?.split('#')[1] ?? '';
      expect(runbookAnchors, rule.alert).toContain(anchor);
    }
  });

  it('document every variable the compose file requires', () => {
    const deploy = doc('deploy.md');
    const undocumented = requiredVariables().filter((name) => !deploy.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });

  it('only link sections of deploy.md that exist', () => {
    const deployAnchors = anchors(doc('deploy.md'));
    for (const file of ['runbook.md', 'deploy.md']) {
      for (const match of doc(file).matchAll(/\]\((?:deploy\.md)?#([^)]+)\)/g)) {
        if (file === 'runbook.md' && !match[0].includes('deploy.md')) continue;
        expect(deployAnchors, `${file} links #${match[1]}`).toContain(match[1]);
      }
    }
  });
});
