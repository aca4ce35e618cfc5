import { z } from 'zod';

/** A zod schema from @tarodan/contracts as an OpenAPI schema object, so the docs cannot drift from validation. */
export function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    target: 'openapi-3.0',
  }) as Record<string, unknown>;
  return json;
}
