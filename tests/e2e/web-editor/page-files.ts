import { fingerprint } from '../../../src/lib/content/fingerprint.ts';

/** The top-level fields of a page's frontmatter, as written (a block value keeps its lines). */
export function frontmatterOf(text: string): Record<string, string> {
  const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return Object.fromEntries([...yaml.matchAll(/^([\w-]+):(.*(?:\n[ ]+.*)*)/gm)].map((match) => [match[1], match[2]!.replace(/^ /, '')]));
}

/** The fingerprint the build computes for a page file (src/lib/content/fingerprint.ts). */
export function fingerprintOf(text: string): string {
  const data = frontmatterOf(text);
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return fingerprint({ title: data.title!, description: data.description!, body });
}
