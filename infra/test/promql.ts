/**
 * The metric names a PromQL expression reads. Not a full parser: it removes what cannot be a metric name
 * (strings, label matchers, grouping clauses, durations, Grafana variables), then keeps identifiers that are not
 * functions, keywords or aggregation operators.
 */
const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'atan2',
  'inf',
  'nan',
]);

export function metricNames(expr: string): string[] {
  const cleaned = expr
    .replace(/\$\{[^}]*\}|\$__\w+|\$\w+/g, ' ') // Grafana variables ($__rate_interval, ${var}, $var)
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, ' ') // string literals
    .replace(/\{[^}]*\}/g, ' ') // label matchers
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ') // grouping label lists
    .replace(/\[[^\]]*\]/g, ' ') // range and subquery selectors
    .replace(/\b\d+(\.\d+)?(e[+-]?\d+)?(ms|s|m|h|d|w|y)?\b/gi, ' '); // numbers and durations
  const names = new Set<string>();
  for (const match of cleaned.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const name = match[0];
    const rest = cleaned.slice((match.index ?? 0) + name.length);
    if (/^\s*\(/.test(rest)) continue; // a function or an aggregation: sum(...), rate(...)
    if (KEYWORDS.has(name.toLowerCase())) continue;
    names.add(name);
  }
  return [...names].sort();
}

/** Metric families in Prometheus text exposition format, with the series names histograms and summaries add. */
export function exposedMetricNames(exposition: string): Set<string> {
  const names = new Set<string>();
  for (const line of exposition.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)/.exec(line);
    if (type) {
      const [, name, kind] = type as unknown as [string, string, string];
      names.add(name);
      if (kind === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(name + suffix);
      if (kind === 'summary') for (const suffix of ['_sum', '_count']) names.add(name + suffix);
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]/.exec(line);
    if (sample?.[1]) names.add(sample[1]);
  }
  return names;
}
