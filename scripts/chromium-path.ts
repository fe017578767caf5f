import { existsSync } from 'node:fs';

/**
 * The Chromium that Lighthouse and the README's screenshots use: a whole
 * browser, as readers have. Playwright cannot download its own browser on
 * every machine, so the system one is preferred: `CHROMIUM_PATH`, else
 * Debian's `/usr/bin/chromium`; `undefined` means "use Playwright's own"
 * (scripts/setup.sh installs whichever is missing).
 */
export function systemChromium(env: Record<string, string | undefined>): string | undefined {
  return env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

/**
 * The Chromium the tests drive: Chromium's headless shell, as Playwright
 * itself uses for headless tests. It renders with the same engine, but
 * opens a page about three times faster than the whole browser on a 2-core
 * machine, which halves the end-to-end suite. `CHROMIUM_PATH` still decides
 * when set; where Debian's headless shell is missing, the whole browser.
 */
export function testChromium(env: Record<string, string | undefined>): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : systemChromium(env);
}
