import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { codeId } from '../code-id.ts';
import { replaceFile } from '../replace-file.ts';
import type { ContentPage } from '../content/read-content.ts';
import type { MdxReadings, MdxText } from './mdx.ts';

/** The check's folder in Astro's cache folder (`cacheDir`), which the build, the dev server and `npm run content-check` share. */
export const READINGS_FOLDER = 'content-check';

/** The file of readings, in the check's folder. */
const READINGS_FILE = 'readings.json';

/** A reading as the file keeps it: JSON has no sets. */
type StoredText = Omit<MdxText, 'anchors'> & { anchors: string[] };

/**
 * The content check's readings of pages' text (mdx.ts), kept between runs
 * in one file of `cacheDir` (a folder of Astro's cache folder), so that a
 * rebuild after an editor's change compiles only the pages whose text
 * changed. Each reading is kept under a hash of everything that decides
 * it: the page's text and where it starts, its file (Markdown or MDX, its
 * language folder), the content folder, and the code that reads it
 * (code-id.ts). A file that cannot be read, a reading that is not what the
 * code writes, a file that cannot be written: each only means reading the
 * pages again, never a failed check or an old reading.
 */
export class MdxCache implements MdxReadings {
  private readonly file: string;
  private readonly codeId: string;
  private readonly kept: Map<string, unknown>;
  /** The readings of this run, which the file keeps (those of pages gone or changed are dropped). */
  private readonly used = new Map<string, StoredText>();
  private changed = false;

  private constructor(file: string, code: string, kept: Map<string, unknown>) {
    this.file = file;
    this.codeId = code;
    this.kept = kept;
  }

  /**
   * The readings kept in `cacheDir` by the code `code` identifies (the
   * reader's, mdx.ts and what it imports); none when that code cannot be
   * identified, and then no cache.
   */
  static async open(cacheDir: string, code = readerCodeId()): Promise<MdxCache | undefined> {
    if (code === undefined) return undefined;
    const file = join(cacheDir, READINGS_FILE);
    return new MdxCache(file, code, await keptReadings(file));
  }

  async reading(page: ContentPage, contentDir: string, read: () => Promise<MdxText>): Promise<MdxText> {
    const key = this.keyOf(page, contentDir);
    const stored = this.kept.get(key);
    if (isStoredText(stored)) {
      this.used.set(key, stored);
      return { ...stored, anchors: new Set(stored.anchors) };
    }
    const text = await read();
    this.used.set(key, { ...text, anchors: [...text.anchors] });
    this.changed = true;
    return text;
  }

  /**
   * Writes this run's readings, when they differ from the file's, whole
   * (src/lib/replace-file.ts): a run that stops midway, or another one
   * reading the same folder, never finds half a file. A failure is let go:
   * the next run reads the pages again.
   */
  async save(): Promise<void> {
    if (!this.changed && this.used.size === this.kept.size) return;
    // An unwritable cache folder costs the next run its readings, nothing else.
    await replaceFile(this.file, JSON.stringify(Object.fromEntries(this.used))).catch(() => undefined);
  }

  /** The hash of everything `readMdxText` reads of `page` and `contentDir` (paths as given and as resolved), and of its code. */
  private keyOf(page: ContentPage, contentDir: string): string {
    const parts = [this.codeId, contentDir, resolve(contentDir), page.filePath, resolve(page.filePath), page.id, page.parsed.bodyLine];
    return createHash('sha256').update(JSON.stringify(parts)).update('\0').update(page.parsed.body).digest('hex');
  }
}

/** The id of the code that reads pages' text: mdx.ts, what it imports, the packages installed. */
function readerCodeId(): string | undefined {
  try {
    return codeId([new URL('./mdx.ts', import.meta.url)]);
  } catch {
    return undefined;
  }
}

/** The readings of `file`, by key; none when it is missing or not what `save` writes. */
async function keptReadings(file: string): Promise<Map<string, unknown>> {
  try {
    const kept: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isRecord(kept) ? new Map(Object.entries(kept)) : new Map();
  } catch {
    return new Map();
  }
}

/** Whether a kept value is a reading as `save` writes it; anything else is read again. */
function isStoredText(value: unknown): value is StoredText {
  if (!isRecord(value)) return false;
  const { links, contacts, anchors, problems } = value;
  return (
    isArrayOf(links, (link) => isString(link.url) && isNumber(link.line) && typeof link.isImage === 'boolean') &&
    isArrayOf(contacts, (contact) => isString(contact.partner) && isNumber(contact.line)) &&
    Array.isArray(anchors) &&
    anchors.every(isString) &&
    isArrayOf(problems, isProblem)
  );
}

function isProblem(problem: Record<string, unknown>): boolean {
  const { file, code, line, params } = problem;
  return isString(file) && isString(code) && (line === undefined || isNumber(line)) && (params === undefined || isRecord(params));
}

function isArrayOf(value: unknown, isItem: (item: Record<string, unknown>) => boolean): boolean {
  return Array.isArray(value) && value.every((item) => isRecord(item) && isItem(item));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number';
