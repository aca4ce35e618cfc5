import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { infraDir, listFiles, readYaml } from './files.js';

export interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

interface RuleFile {
  groups: Array<{ name: string; rules: AlertRule[] }>;
}

interface RuleTestFile {
  rule_files: string[];
  tests: Array<{ alert_rule_test?: Array<{ alertname: string; exp_alerts?: unknown[] }> }>;
}

export const ruleFiles = (): string[] => listFiles('prometheus/rules', '.yml');
export const ruleTestFiles = (): string[] => listFiles('prometheus/tests', '.test.yml');

export const alertRules = (): Array<AlertRule & { file: string }> =>
  ruleFiles().flatMap((file) =>
    readYaml<RuleFile>(file).groups.flatMap((group) => group.rules.map((rule) => ({ ...rule, file }))),
  );

/** Alert names that some promtool test expects to FIRE (a non-empty exp_alerts), per test file. */
export function alertsTestedFiring(): Map<string, string[]> {
  const tested = new Map<string, string[]>();
  for (const file of ruleTestFiles()) {
    const spec = readYaml<RuleTestFile>(file);
    for (const test of spec.tests ?? []) {
      for (const check of test.alert_rule_test ?? []) {
        if ((check.exp_alerts ?? []).length === 0) continue;
        tested.set(check.alertname, [...(tested.get(check.alertname) ?? []), file]);
      }
    }
  }
  return tested;
}

/**
 * Runs promtool (Debian's `prometheus` package). A missing promtool is a failure, never a skip: the rules are
 * only trustworthy when promtool has checked them.
 */
export function promtool(
  args: string[],
  cwd = join(infraDir, 'prometheus'),
): { status: number; output: string } {
  const result = spawnSync('promtool', args, { cwd, encoding: 'utf8' });
  if (result.error) {
    throw new Error(
      `promtool could not run (${result.error.message}). Install it with \`apt-get install -y prometheus\` (Debian's package ships promtool); .ci/run installs it in CI.`,
    );
  }
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}
