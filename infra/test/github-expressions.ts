/**
 * The part of GitHub Actions' expression language that .github/workflows/ci.yml uses: context paths
 * (`github.ref`, `steps.sentry.outputs.upload`), string literals, `==`, `!=`, `!`, `&&`, `||`, parentheses and
 * `format()`. `&&` and `||` return an operand, as GitHub's do, and a missing property is null (empty in a string).
 * Enough to evaluate the workflow's conditions and `${{ … }}` templates for a given event in a test.
 */
export type Context = Record<string, unknown>;

const TOKEN = /\s*('(?:[^']|'')*'|&&|\|\||==|!=|!|\(|\)|,|[A-Za-z_][\w.-]*|\d+)/y;

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.trimEnd().length) {
    const match = TOKEN.exec(expression);
    if (!match) throw new Error(`cannot read the expression at: ${expression.slice(TOKEN.lastIndex)}`);
    tokens.push(match[1] as string);
  }
  return tokens;
}

const truthy = (value: unknown) => value !== '' && value !== 0 && value !== false && value != null;
const text = (value: unknown) => (value == null ? '' : String(value));

function lookup(path: string, context: Context): unknown {
  let value: unknown = context;
  for (const key of path.split('.')) {
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value ?? null;
}

export function evaluate(expression: string, context: Context): unknown {
  const tokens = tokenize(expression);
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string) => {
    const token = tokens[at++];
    if (expected !== undefined && token !== expected) throw new Error(`expected ${expected}, got ${token}`);
    return token as string;
  };

  const primary = (): unknown => {
    const token = take();
    if (token === '(') {
      const value = or();
      take(')');
      return value;
    }
    if (token === '!') return !truthy(primary());
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (/^\d+$/.test(token)) return Number(token);
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'null') return null;
    if (token === 'format' && peek() === '(') {
      take('(');
      const args = [or()];
      while (peek() === ',') {
        take(',');
        args.push(or());
      }
      take(')');
      return text(args[0]).replace(/\{(\d+)\}/g, (_, index) => text(args[Number(index) + 1]));
    }
    return lookup(token, context);
  };
  const equality = (): unknown => {
    let left = primary();
    while (peek() === '==' || peek() === '!=') {
      const equal = take() === '==';
      const right = primary();
      left = (left === right) === equal;
    }
    return left;
  };
  const and = (): unknown => {
    let left = equality();
    while (peek() === '&&') {
      take();
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): unknown => {
    let left = and();
    while (peek() === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };

  const value = or();
  if (at !== tokens.length) throw new Error(`unexpected ${tokens[at]} in ${expression}`);
  return value;
}

/** A step's `if:` (with or without `${{ }}`), as GitHub decides whether the step runs. */
export const condition = (expression: string, context: Context): boolean =>
  truthy(evaluate(expression.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1'), context));

/** A string with `${{ … }}` templates, as GitHub hands it to an action or a shell. */
export const interpolate = (template: string, context: Context): string =>
  template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => text(evaluate(expression, context)));

/**
 * A multi-line list input as docker/build-push-action reads `build-args` and `secrets` (actions-toolkit's
 * `Util.getInputList` with `ignoreComma`): one item per line, trimmed, empty lines dropped.
 */
export const inputList = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
