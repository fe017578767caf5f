/** A catalogue of strings, as the i18n JSON files nest them. */
export type Tree = { [key: string]: string | Tree };

/** Every key of a catalogue as a dotted path, with its string. */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as const] : [...flatten(value, `${prefix}${key}.`)],
  );
  return new Map(entries);
}
