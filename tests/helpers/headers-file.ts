import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';

/**
 * The header rules a host that honours `_headers` applies to a built site:
 * its `_headers` file and the `[[headers]]` of netlify.toml, read by Netlify's
 * own parser.
 *
 * @throws {Error} with the parser's messages when either file does not parse.
 */
export async function readHeaderRules(outDir: string, netlifyConfig = 'netlify.toml'): Promise<Header[]> {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [join(outDir, '_headers')],
    netlifyConfigPath: existsSync(netlifyConfig) ? netlifyConfig : undefined,
    configHeaders: [],
    minimal: false,
  });
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'));
  return headers as Header[];
}

/**
 * The headers sent for `path`. Hosts disagree when two matching rules set the
 * same header (Netlify keeps one value, Cloudflare Pages joins both with a
 * comma, which for a Content-Security-Policy means two policies that must
 * both pass), so that is refused: each header comes from one rule.
 *
 * @throws {Error} naming the header and the rules that both set it.
 */
export function headersFor(rules: readonly Header[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const setBy: Record<string, string> = {};
  for (const rule of rules.filter((candidate) => candidate.forRegExp.test(path))) {
    for (const [name, value] of Object.entries(rule.values)) {
      const key = name.toLowerCase();
      if (setBy[key]) throw new Error(`${path}: ${name} is set by both ${setBy[key]} and ${rule.for}; hosts would disagree.`);
      setBy[key] = rule.for;
      headers[name] = value;
    }
  }
  return headers;
}
