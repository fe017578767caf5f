import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Pinned fonts for pictures of the site (screenshot tests, README pictures).
 * The site uses the reader's system fonts, so a screenshot would depend on the
 * machine's fonts, which a newer Debian changes. Chromium on Linux finds fonts
 * through fontconfig, which reads the file named by FONTCONFIG_FILE: ours
 * knows one folder only, the DejaVu fonts the project installs with npm
 * (`dejavu-fonts-ttf`, an exact version in package-lock.json), and sends every
 * family the CSS asks for to one of them. Nothing of the system's fontconfig
 * set-up is included, so its fonts, aliases and rendering settings stay out.
 */

/** The family every sans-serif and system font of the site's CSS becomes. */
export const PINNED_SANS = 'DejaVu Sans';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fontDir = resolve(root, 'node_modules/dejavu-fonts-ttf/ttf');
// Inside .cache/, which git ignores: fontconfig writes its cache there, not in ~/.cache.
const configDir = resolve(root, '.cache/fontconfig');
const configFile = resolve(configDir, 'fonts.conf');

/**
 * What each family the site's CSS (src/styles/global.css, Tailwind's
 * defaults) or Chromium's default settings can ask for becomes; the generic
 * names too, since fontconfig knows no generic name without the system's set-up.
 */
const families: Record<string, readonly string[]> = {
  [PINNED_SANS]: [
    'system-ui',
    'ui-sans-serif',
    '-apple-system',
    'BlinkMacSystemFont',
    'Segoe UI',
    'Roboto',
    'Helvetica Neue',
    'Helvetica',
    'Arial',
    'Noto Sans',
    'Liberation Sans',
    'sans-serif',
    'sans',
  ],
  'DejaVu Serif': ['ui-serif', 'Georgia', 'Cambria', 'Times New Roman', 'Times', 'Liberation Serif', 'serif'],
  'DejaVu Sans Mono': [
    'ui-monospace',
    'SFMono-Regular',
    'Menlo',
    'Monaco',
    'Consolas',
    'Liberation Mono',
    'Courier New',
    'monospace',
    'mono',
  ],
};

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The fontconfig file: one font folder, one cache folder, the families, fixed rendering settings. */
export function fontconfigXml(): string {
  const aliases = Object.entries(families).flatMap(([target, names]) =>
    names.map((name) => `  <alias binding="strong"><family>${escapeXml(name)}</family><prefer><family>${target}</family></prefer></alias>`),
  );
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<!-- Written by scripts/lib/pinned-fonts.ts: the pinned fonts of the screenshot tests. -->',
    '<fontconfig>',
    `  <dir>${escapeXml(fontDir)}</dir>`,
    `  <cachedir>${escapeXml(resolve(configDir, 'cache'))}</cachedir>`,
    ...aliases,
    // Any other family falls back to DejaVu Sans rather than to whatever fontconfig scores best.
    `  <match target="pattern"><edit name="family" mode="append_last"><string>${PINNED_SANS}</string></edit></match>`,
    // The system's files would set these; fixed here so that its settings cannot change a pixel.
    '  <match target="font">',
    '    <edit name="antialias" mode="assign"><bool>true</bool></edit>',
    '    <edit name="hinting" mode="assign"><bool>true</bool></edit>',
    '    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>',
    '    <edit name="rgba" mode="assign"><const>none</const></edit>',
    '    <edit name="lcdfilter" mode="assign"><const>lcddefault</const></edit>',
    '    <edit name="autohint" mode="assign"><bool>false</bool></edit>',
    '    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>',
    '  </match>',
    '</fontconfig>',
    '',
  ].join('\n');
}

/**
 * Writes the fontconfig file (when it changed) and returns the environment
 * that makes a browser launched with it use the pinned fonts only.
 */
export function pinnedFontsEnv(): { FONTCONFIG_FILE: string } {
  const xml = fontconfigXml();
  mkdirSync(configDir, { recursive: true });
  let current = '';
  try {
    current = readFileSync(configFile, 'utf8');
  } catch {
    // Not written yet.
  }
  if (current !== xml) writeFileSync(configFile, xml);
  return { FONTCONFIG_FILE: configFile };
}
