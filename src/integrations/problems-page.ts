import type { Locale } from '../i18n/locales.ts';
import type { EditorTranslate } from '../i18n/editor/index.ts';
import { problemMessage, whereOf, type ContentProblem } from '../lib/content/content-error.ts';

/**
 * The page `npm run dev` serves in place of every page while the content
 * has problems: each problem with its file, line and field and what to do,
 * in the editor's language. Vite's client script reloads it when the
 * content changes, so it goes away by itself once the mistake is fixed.
 */
export function problemsPage(problems: readonly ContentProblem[], lang: Locale, t: EditorTranslate, base: string): string {
  const title = t('dev.title', { count: problems.length });
  const items = problems.map(
    (problem) => `<li><p class="where">${escapeHtml(whereOf(problem, t))}</p><p>${escapeHtml(problemMessage(problem, t))}</p></li>`,
  );
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<script type="module" src="${base}@vite/client"></script>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t('dev.intro'))}</p>
<ol>
${items.join('\n')}
</ol>
</main>
</body>
</html>
`;
}

const STYLE = [
  'body{margin:0;font:1.125rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;border-top:.5rem solid #b00020}',
  'main{max-width:48rem;margin:0 auto;padding:2rem 1rem}',
  'h1{font-size:1.75rem;color:#b00020}',
  'li{margin-block:1.5rem}',
  '.where{font-family:ui-monospace,monospace;font-weight:bold;margin:0}',
].join('');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
