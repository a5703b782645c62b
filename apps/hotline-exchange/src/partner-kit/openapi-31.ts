/** Enough of OpenAPI to assemble the partner document; every node is plain JSON. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue | undefined;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const SCHEMA_REF = '#/components/schemas/';

/**
 * A schema of the generated document (OpenAPI 3.0) as OpenAPI 3.1 writes it (JSON Schema 2020-12):
 * `nullable: true` becomes a `null` type, or `anyOf` with `null` around a reference (Nest writes
 * a nullable nested DTO as `allOf: [{ $ref }]`). Everything else is kept as it is.
 */
export function toSchema31(schema: JsonValue | undefined): JsonValue | undefined {
  if (Array.isArray(schema)) return schema.map((item) => toSchema31(item) as JsonValue);
  if (!isObject(schema)) return schema;
  const converted: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    converted[key] = key === 'example' || key === 'default' || key === 'enum' || key === 'const' ? value : toSchema31(value);
  }
  if (converted.nullable !== true) {
    delete converted.nullable;
    return converted;
  }
  delete converted.nullable;
  const { allOf, $ref, type: _type, ...rest } = converted;
  if (Array.isArray(allOf)) return { ...rest, anyOf: [...allOf, { type: 'null' }] };
  if (typeof $ref === 'string') return { ...rest, anyOf: [{ $ref }, { type: 'null' }] };
  if (typeof converted.type === 'string') converted.type = [converted.type, 'null'];
  if (Array.isArray(converted.enum) && !converted.enum.includes(null)) converted.enum = [...converted.enum, null];
  return converted;
}

/** Names of the component schemas `node` refers to, directly. */
export function schemaReferencesOf(node: JsonValue | undefined, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) schemaReferencesOf(item, found);
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMA_REF)) found.add(value.slice(SCHEMA_REF.length));
      else schemaReferencesOf(value, found);
    }
  }
  return found;
}

/** The schemas `roots` need, following references through the schemas themselves. */
export function reachableSchemas(roots: JsonValue, schemas: Record<string, JsonValue | undefined>): string[] {
  const needed = new Set<string>();
  const pending = [...schemaReferencesOf(roots)];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (needed.has(name)) continue;
    needed.add(name);
    pending.push(...schemaReferencesOf(schemas[name]));
  }
  return [...needed];
}

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
