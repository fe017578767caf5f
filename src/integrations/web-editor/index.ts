import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'vite';
import { cmsBackendSettings } from '../../lib/cms/backend-settings.ts';
import { cmsConfig, type AdminData } from '../../lib/cms/cms-config.ts';
import { editorLists } from '../../lib/cms/editor-lists.ts';
import { cmsText } from '../../lib/cms/labels.ts';
import type { ContentCheck } from '../../lib/check/index.ts';
import { filesBelow } from '../../lib/files-below.ts';
import { selfHostedFonts } from './self-hosted-fonts.ts';

/** Where the web editor's source is (src/admin/), and how it is built (this folder). */
const ADMIN_SOURCE = 'src/admin';
const BUILD_CODE = relative(process.cwd(), dirname(fileURLToPath(import.meta.url)));

/**
 * The policy of the admin page, in a `<meta>` (every host) and in a
 * `_headers` rule (hosts that read it, with frame-ancestors, which a <meta>
 * cannot say). Sveltia CMS runs from our origin, sets inline styles, makes
 * blob: previews, and talks to GitHub's API; avatars come from GitHub too.
 * Nothing else.
 */
const ADMIN_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://avatars.githubusercontent.com",
  "font-src 'self' data:",
  "connect-src 'self' blob: data: https://api.github.com",
  "media-src 'self' blob:",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/**
 * The web editor at `<base>admin/`: Sveltia CMS built from its npm package
 * into the site (never fetched from a CDN), with `cms.json`, the
 * configuration generated from the content's schemas and lists. The app
 * depends only on src/admin/, the modules of ours it bundles and the
 * packages, so it is built once per change of those (cached in
 * node_modules/.cache) and copied into each build.
 */
export function webEditor(options: { contentDir: string }) {
  let check: ContentCheck | undefined;
  const integration: AstroIntegration = {
    name: 'web-editor',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        if (!check?.site) return;
        const outDir = fileURLToPath(dir);
        const target = join(outDir, 'admin');
        cpSync(await builtApp(), target, { recursive: true });
        const lists = editorLists(check.site, check.dataFiles);
        const data: AdminData = { config: cmsConfig(cmsBackendSettings(process.env), options.contentDir, lists), partners: lists.partners };
        writeFileSync(join(target, 'cms.json'), `${JSON.stringify(data, null, 2)}\n`);
        appendFileSync(join(outDir, '_headers'), headersRule(check.site.fixedPages.webEditor));
      },
    },
  };
  return {
    integration,
    /** Hands over a build's content check (src/integrations/content-check.ts): the forms list its topics, axes and partners. */
    useCheck: (checked: ContentCheck) => {
      check = checked;
    },
  };
}

/** A module of an installed package, wherever its node_modules folder is. */
const PACKAGE_PATH = /(^|[\\/])node_modules[\\/]/;

/** The built app's folder, building it when its sources, the modules it bundles or the packages changed. */
async function builtApp(): Promise<string> {
  const folder = resolve('node_modules/.cache/web-editor', appVersion());
  if (isFresh(folder)) return folder;
  rmSync(folder, { recursive: true, force: true });
  // Two builds at once (the tests, a developer's two terminals) may both build it: each in its own folder.
  const building = `${folder}.${process.pid}.building`;
  rmSync(building, { recursive: true, force: true });
  const output = await build({
    configFile: false,
    root: resolve(ADMIN_SOURCE),
    // Relative URLs: the same files work under any base path.
    base: './',
    logLevel: 'error',
    plugins: [adminPage(), selfHostedFonts()],
    build: { outDir: building, emptyOutDir: true, chunkSizeWarningLimit: 5000, target: 'es2022' },
  });
  try {
    renameSync(building, folder);
  } catch (error) {
    // The other build finished first: its app is the same.
    if (!existsSync(join(folder, 'index.html'))) throw error;
    rmSync(building, { recursive: true, force: true });
  }
  writeFileSync(bundledRecordOf(folder), JSON.stringify(fingerprints(bundledModulesOf(output))));
  return folder;
}

/**
 * Whether the app in `folder` is built and each module of ours it bundled
 * (other than src/admin/, in its version) is as it was: the list comes from
 * the build's own module graph, so a module added to the app is followed
 * without anyone listing it.
 */
export function isFresh(folder: string): boolean {
  const record = bundledRecordOf(folder);
  if (!existsSync(join(folder, 'index.html')) || !existsSync(record)) return false;
  const recorded = JSON.parse(readFileSync(record, 'utf8')) as Record<string, string>;
  const current = fingerprints(Object.keys(recorded).filter((file) => existsSync(file)));
  return Object.keys(recorded).every((file) => current[file] === recorded[file]);
}

/** Where the modules an app bundled are recorded: beside its folder, which is copied into the site as it is. */
export function bundledRecordOf(folder: string): string {
  return `${folder}.modules.json`;
}

/** Each file's hash, by its path. */
function fingerprints(files: readonly string[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file, createHash('sha256').update(readFileSync(file)).digest('hex')]));
}

/**
 * What the app is built from, besides the modules of ours it bundles (see
 * `isFresh`): its sources, how it is built, and the exact packages installed
 * (npm's record of them).
 */
function appVersion(): string {
  const hash = createHash('sha256');
  for (const file of [
    ...filesBelow(ADMIN_SOURCE).map((name) => join(ADMIN_SOURCE, name)),
    ...filesBelow(BUILD_CODE).map((name) => join(BUILD_CODE, name)),
    'node_modules/.package-lock.json',
  ]) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The modules of ours the app bundled, besides src/admin/ (which `appVersion` covers), from the build's module graph. */
function bundledModulesOf(output: Awaited<ReturnType<typeof build>>): string[] {
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
  // An id may carry a query (`?raw`): the file is what changes.
  const ids = chunks
    .flatMap((chunk) => ('moduleIds' in chunk ? chunk.moduleIds : []))
    .map((id) => relative(process.cwd(), id.split('?')[0] ?? id));
  // A package's path may lead out of the project: in a copy whose packages link to another checkout's (the build tests' copies).
  const ours = ids.filter((id) => !PACKAGE_PATH.test(id) && !id.startsWith('\0') && !id.startsWith(ADMIN_SOURCE) && existsSync(id));
  return [...new Set(ours)].sort();
}

/** The web editor's rule of `_headers`: its policy, the same as its <meta>, which no other rule sets for its files. */
function headersRule(url: string): string {
  return `\n# The web editor (src/integrations/web-editor/): its own policy, as in its <meta>.\n${url}*\n  Content-Security-Policy: ${ADMIN_POLICY}; frame-ancestors 'none'\n`;
}

/** Fills the admin page's French title and message, and adds its security policy. */
function adminPage(): Plugin {
  return {
    name: 'admin-page',
    transformIndexHtml: (html) =>
      html
        .replace('%CMS_TITLE%', cmsText.page.title)
        .replace('%CMS_NOSCRIPT%', cmsText.page.noscript)
        .replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${ADMIN_POLICY}" />`,
        ),
  };
}
