import { z } from 'astro/zod';

/*
 * What a form needs to know of a content schema, read from the JSON Schema
 * zod publishes for it (`z.toJSONSchema`): each field's type, whether it may
 * be left out, and the limits the schema sets. The schemas stay the one
 * place those rules are written; the web editor only restates them.
 */

/** The part of JSON Schema that zod writes for our schemas. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

/** The limits a schema sets on a text or a number. */
export interface Limits {
  /** Whole numbers only. */
  integer?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export type Shape =
  | { type: 'object'; fields: FieldShape[] }
  | { type: 'array'; of: Shape }
  | { type: 'string' | 'number'; limits: Limits }
  | { type: 'boolean' | 'date' | 'literal' | 'other' };

/** One field of an object. */
export interface FieldShape {
  name: string;
  /** The field may be left out of the file. */
  optional: boolean;
  shape: Shape;
}

/**
 * The JSON Schema of `schema` as editors write it: the input side of every
 * transform. A date that YAML reads as a Date has no JSON form: it is left
 * open, and calendar days say `format: 'date'` themselves (page-schema.ts).
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** The shape of `schema`. */
export function shapeOf(schema: z.ZodType): Shape {
  return shapeOfJson(jsonSchemaOf(schema));
}

/** The fields of an object schema, in the schema's order. */
export function fieldsOf(schema: z.ZodType): FieldShape[] {
  return fieldsOfJson(jsonSchemaOf(schema));
}

/** The fields of an object's JSON Schema, in its order. */
export function fieldsOfJson(json: JsonSchema): FieldShape[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, field]) => ({ name, optional: !required.has(name), shape: shapeOfJson(field) }));
}

function shapeOfJson(json: JsonSchema): Shape {
  if (json.format === 'date') return { type: 'date' };
  if (json.const !== undefined) return { type: 'literal' };
  switch (json.type) {
    case 'object':
      return { type: 'object', fields: fieldsOfJson(json) };
    case 'array':
      return { type: 'array', of: shapeOfJson(json.items ?? {}) };
    case 'string':
      return { type: 'string', limits: limitsOf(json) };
    case 'number':
    case 'integer':
      return { type: 'number', limits: limitsOf(json) };
    case 'boolean':
      return { type: 'boolean' };
    default:
      // A union (a text or a number, say) is left to the field's own widget.
      return { type: 'other' };
  }
}

/** zod writes the bounds of a safe integer on every whole number: they are no rule of ours. */
const boundOf = (value: number | undefined) => (value === undefined || Math.abs(value) === Number.MAX_SAFE_INTEGER ? undefined : value);

function limitsOf(json: JsonSchema): Limits {
  const limits = {
    integer: json.type === 'integer' || undefined,
    minimum: boundOf(json.minimum),
    maximum: boundOf(json.maximum),
    minLength: json.minLength,
    maxLength: json.maxLength,
    // A pattern under a format (an e-mail address) is zod's own way of checking it, not one of ours.
    pattern: json.format ? undefined : json.pattern,
  };
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}
