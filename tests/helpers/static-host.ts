/**
 * A static host for the end-to-end tests, serving a built site as Netlify or
 * Cloudflare Pages would: each file with its type and the headers of the
 * site's `_headers` file (tests/helpers/headers-file.ts), the redirects of its
 * `_redirects` file first (tests/helpers/redirects-file.ts), `index.html` for a
 * folder's address, a redirect to add a folder's missing slash, and the
 * site's 404 page, with status 404, for anything else or outside its base path.
 *
 * Run: `node --experimental-strip-types tests/helpers/static-host.ts <outDir> <port> [basePath]`.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { headersFor, readHeaderRules } from './headers-file.ts';
import { readRedirectRules, redirectFor, type RedirectRule } from './redirects-file.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // Streaming WebAssembly compilation (Pagefind) needs its real type.
  '.wasm': 'application/wasm',
};

/** What is served for a request path: a file with a status, or a redirect. */
type Answer = { file: string; status: number } | { location: string };

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function answerFor(outDir: string, basePath: string, path: string, redirects: readonly RedirectRule[]): Promise<Answer> {
  const notFound = { file: join(outDir, '404.html'), status: 404 };
  const redirect = redirectFor(redirects, path);
  if (redirect) return { location: redirect.to };
  if (!path.startsWith(basePath)) return notFound;
  const file = join(outDir, normalize(`/${path.slice(basePath.length)}`));
  if (path.endsWith('/')) return (await isFile(join(file, 'index.html'))) ? { file: join(file, 'index.html'), status: 200 } : notFound;
  if (await isFile(file)) return { file, status: 200 };
  if (await isFile(join(file, 'index.html'))) return { location: `${path}/` };
  return notFound;
}

/** Serves `outDir` at `port` (0: any free one) under `basePath`, until closed. */
export async function startStaticHost(outDir: string, port: number, basePath = '/'): Promise<Server> {
  const rules = await readHeaderRules(outDir);
  const redirects = await readRedirectRules(outDir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    answerFor(outDir, basePath, path, redirects)
      .then(async (answer) => {
        const headers = headersFor(rules, path);
        if ('location' in answer) {
          response.writeHead(301, { ...headers, Location: answer.location }).end();
          return;
        }
        const body = await readFile(answer.file);
        const type = CONTENT_TYPES[extname(answer.file)] ?? 'application/octet-stream';
        response.writeHead(answer.status, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
        response.end(request.method === 'HEAD' ? undefined : body);
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve));
  return server;
}

if (import.meta.main) {
  const [outDir, port, basePath] = process.argv.slice(2);
  if (!outDir || !port) throw new Error('Usage: static-host.ts <outDir> <port> [basePath]');
  await startStaticHost(outDir, Number(port), basePath);
  console.log(`Serving ${outDir} at http://localhost:${port}${basePath ?? '/'}`);
}
