import { join } from 'node:path';
import { parseAllRedirects } from '@netlify/redirect-parser';

/** A redirect of a built site's `_redirects` file, as Netlify's own parser reads it. */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
}

/**
 * The redirects a host that honours `_redirects` (Netlify, Cloudflare
 * Pages) applies to a built site, read by Netlify's own parser; none when
 * the site has no such file.
 *
 * @throws {Error} with the parser's messages when the file does not parse.
 */
export async function readRedirectRules(outDir: string): Promise<RedirectRule[]> {
  const { redirects, errors } = await parseAllRedirects({
    redirectsFiles: [join(outDir, '_redirects')],
    configRedirects: [],
    minimal: false,
  });
  if (errors.length > 0) throw new Error(errors.map((error: { message: string }) => error.message).join('\n'));
  return (redirects as { from: string; to: string; status: number }[]).map(({ from, to, status }) => ({ from, to, status }));
}

/**
 * The redirect for `path`, if a rule has it. Cloudflare Pages follows a rule
 * even where a file exists; both hosts match an address with or without its
 * final slash.
 */
export function redirectFor(rules: readonly RedirectRule[], path: string): RedirectRule | undefined {
  const bare = (address: string) => address.replace(/\/$/, '');
  return rules.find((rule) => bare(rule.from) === bare(path));
}
