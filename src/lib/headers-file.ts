/** One block of a `_headers` file: a path pattern and the headers sent for it. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages): a
 * path pattern at the start of a line, then its headers indented below it,
 * `Name: value`; `#` starts a comment.
 *
 * @throws {Error} naming the line that does not fit the format.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`Line ${index + 1}: a path pattern starts with "/".`);
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const header = /^\s+([A-Za-z][\w-]*):\s*(\S.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header?.[1] || !header[2] || !rule) throw new Error(`Line ${index + 1}: expected "  Name: value" under a path.`);
    rule.headers[header[1]] = header[2].trim();
  }
  return rules;
}

/** The headers sent for `path`: those of every matching rule, later rules winning. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const matching = rules.filter((rule) => patternToRegExp(rule.pattern).test(path));
  return Object.assign({}, ...matching.map((rule) => rule.headers)) as Record<string, string>;
}

/** `/_astro/*` matches `/_astro/a.css`; `*` matches any characters, `/` included. */
function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}
