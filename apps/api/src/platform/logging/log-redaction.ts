/**
 * Paths pino replaces with `[redacted]` wherever they appear in a log line: credentials, tokens and the
 * personal identifiers we encrypt at rest. The log-scan test proves none of these values reach the logs.
 */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  ...[
    'password',
    'currentPassword',
    'newPassword',
    'token',
    'refreshToken',
    'challenge',
    'recoveryCode',
    'secret',
    'identityNumber',
    'taxNumber',
    'iban',
  ].flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];
