/*
 * The site's colours as its stylesheet (src/styles/global.css) declares
 * them: `--color-<role>: value;` in its `@theme` block for the light scheme,
 * in its dark-mode `:root` block for the dark one. The map and the sharing
 * cards are images, which cannot see the page's CSS variables: they take the
 * values from here, so that the stylesheet stays the one place colours are
 * chosen.
 */

/** The `--color-<role>` declarations of each colour scheme, by role (`band`, `sea`…). */
export interface StylesheetColours {
  /** The `@theme` block's; undefined when the stylesheet has none. */
  light: Record<string, string> | undefined;
  /** The dark-mode `:root` block's, which override the light ones; empty when there is none. */
  dark: Record<string, string>;
}

/** Reads the colours of both schemes from the text of a stylesheet. */
export function stylesheetColours(css: string): StylesheetColours {
  const light = block(css, /@theme\s*\{/);
  return {
    light: light === undefined ? undefined : declarations(light),
    dark: declarations(block(css, /prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{/) ?? ''),
  };
}

/** The text between the brace that `opening` ends with and the next closing brace; undefined if absent. */
function block(css: string, opening: RegExp): string | undefined {
  const match = opening.exec(css);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  const end = css.indexOf('}', start);
  return css.slice(start, end === -1 ? undefined : end);
}

/** `--color-<role>: value;` declarations of a block, by role. */
function declarations(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/--color-([a-z-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}
