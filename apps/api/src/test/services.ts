/**
 * Which real services the test run may use. Locally a missing service means only the embedded adapters are tested;
 * with CI=true a missing service is an error, so a CI run can never pass by silently testing less.
 */
function serviceUrl(
  variable: 'DATABASE_URL' | 'REDIS_URL' | 'ELASTICSEARCH_URL',
  requiredInCi: boolean,
): string | undefined {
  const url = process.env[variable] || undefined;
  if (!url && requiredInCi && process.env.CI === 'true') {
    throw new Error(
      `${variable} must be set when CI=true: the integration suites run against the real service`,
    );
  }
  return url;
}

export const testServices = {
  databaseUrl: () => serviceUrl('DATABASE_URL', true),
  redisUrl: () => serviceUrl('REDIS_URL', true),
  elasticsearchUrl: () => serviceUrl('ELASTICSEARCH_URL', false),
};
