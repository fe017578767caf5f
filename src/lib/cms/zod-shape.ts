import type { z } from 'astro/zod';

/**
 * What a form needs to know of a zod schema: its type, and for objects and
 * lists what they hold. Zod keeps this in each schema's `def`, which is
 * public API in zod 4; wrappers (optional, default, pipe) are looked through.
 */
export type Shape =
  | { type: 'object'; fields: FieldShape[] }
  | { type: 'array'; of: Shape }
  | { type: 'string' | 'number' | 'boolean' | 'date' | 'literal' | 'other' };

/** One field of an object. */
export interface FieldShape {
  name: string;
  /** The field may be left out of the file. */
  optional: boolean;
  shape: Shape;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/** The shape of `schema`. */
export function shapeOf(schema: z.ZodType): Shape {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
      return shapeOf(def.innerType!);
    case 'pipe':
      return shapeOf(def.in!);
    case 'union':
      // A union of a date and its text form is a date (a calendar day); others are left to the field's own widget.
      return def.options!.some((option) => defOf(option).type === 'date') ? { type: 'date' } : { type: 'other' };
    case 'object':
      return { type: 'object', fields: fieldsOf(schema as z.ZodObject) };
    case 'array':
      return { type: 'array', of: shapeOf(def.element!) };
    case 'string':
    case 'number':
    case 'boolean':
    case 'date':
    case 'literal':
      return { type: def.type };
    default:
      return { type: 'other' };
  }
}

/** The fields of an object schema, in the schema's order. */
export function fieldsOf(schema: z.ZodObject): FieldShape[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    optional: isOptional(field as z.ZodType),
    shape: shapeOf(field as z.ZodType),
  }));
}

function isOptional(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default') return true;
  return def.type === 'pipe' ? isOptional(def.in!) : false;
}
