import { existsSync } from 'node:fs';

/**
 * The Chromium that Playwright and Lighthouse drive. Playwright cannot
 * download its own browser on every machine, so the system one is preferred:
 * `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`; `undefined` means
 * "use Playwright's own" (scripts/setup.sh installs whichever is missing).
 */
export function systemChromium(env: Record<string, string | undefined>): string | undefined {
  return env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}
