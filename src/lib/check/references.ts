import { htmlToHast, type HastNode } from 'satteri';

/**
 * `&#106;avascript&colon;` → `javascript:`: an attribute's text with its
 * character references decoded by an HTML parser, as a browser decodes
 * them. MDX may leave them as written; the check reads what a browser
 * would, so that no address hides behind them.
 */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  const root = htmlToHast(`<i title="${text.replace(/"/g, '&quot;')}"></i>`, { fragment: true });
  const element = (root as { children?: HastNode[] }).children?.[0];
  const title = element && element.type === 'element' ? element.properties?.title : undefined;
  return typeof title === 'string' ? title : text;
}
