/**
 * The large fixture: the small fixture (tests/fixtures/content) with a few
 * hundred fictional news articles added, written at build time rather than
 * committed. Articles spread over ten years, the fixture's three axes and
 * four topics; every fifth is in French only. Titles and summaries are made
 * of varied fictional words, so that list pages compress no better than
 * real ones would: the budgets they are held to mean something.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { mdxFile } from '../../bench/synthetic-site.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { fingerprint } from '../../src/lib/content/fingerprint.ts';

/** How many articles (translation keys) the large fixture adds. */
export const LARGE_ARTICLES = 240;

/** The topics it adds to the fixture's one (`test`), fictional, labelled in both languages. */
const TOPICS = [
  { id: 'escales', fr: 'Escales fictives', en: 'Fictional calls' },
  { id: 'logistique', fr: 'Logistique d’essai', en: 'Test logistics' },
  { id: 'environnement', fr: 'Environnement imaginaire', en: 'Imaginary environment' },
];

/** Every fifth article is in French only. */
function isFrenchOnly(index: number): boolean {
  return index % 5 === 0;
}

const words: Record<Locale, readonly string[]> = {
  fr: [
    'quai',
    'navire',
    'grue',
    'écluse',
    'conteneur',
    'bassin',
    'marée',
    'phare',
    'cargo',
    'bouée',
    'digue',
    'chenal',
    'remorqueur',
    'entrepôt',
    'balise',
    'hangar',
    'vraquier',
    'estuaire',
    'amarre',
    'ponton',
  ],
  en: [
    'quay',
    'vessel',
    'crane',
    'lock',
    'container',
    'basin',
    'tide',
    'lighthouse',
    'freighter',
    'buoy',
    'dyke',
    'channel',
    'tugboat',
    'warehouse',
    'beacon',
    'shed',
    'bulker',
    'estuary',
    'mooring',
    'pontoon',
  ],
};

/** A few words picked from `index`, different for every article. */
function phrase(lang: Locale, index: number, count: number): string {
  const list = words[lang];
  return Array.from({ length: count }, (_, n) => list[(index * (n + 3) + n * 7) % list.length]).join(' ');
}

interface Article {
  key: string;
  lang: Locale;
  path: string;
  title: string;
  description: string;
  published: string;
  tags: string[];
  axes: number[];
  body: string;
}

function articleOf(lang: Locale, index: number): Article {
  const id = String(index + 1).padStart(3, '0');
  // Ten years, 2016 to 2025, a few days apart, so each year holds a page or two.
  const published = new Date(Date.UTC(2016, 0, 3) + index * 15 * 86_400_000).toISOString().slice(0, 10);
  const fr = lang === 'fr';
  return {
    key: `large-${id}`,
    lang,
    path: fr ? `fr/actualites/article-fictif-${id}.mdx` : `en/news/fictional-article-${id}.mdx`,
    title: fr ? `Article fictif ${id} : ${phrase(lang, index, 3)}` : `Fictional article ${id}: ${phrase(lang, index, 3)}`,
    description: fr
      ? `Résumé fictif de test numéro ${id}, sur ${phrase(lang, index + 11, 6)}.`
      : `Fictional test summary number ${id}, about ${phrase(lang, index + 11, 6)}.`,
    published,
    tags: [TOPICS[index % TOPICS.length]!.id, ...(index % 4 === 0 ? ['test'] : [])],
    axes: [1 + (index % 3), ...(index % 7 === 0 ? [1 + ((index + 1) % 3)] : [])],
    body: fr ? `Texte fictif de l’article ${id}, pour les tests.` : `Fictional text of article ${id}, for tests.`,
  };
}

/** Writes the large fixture into `dir`, replacing what it held. */
export async function writeLargeFixture(dir: string, smallFixture = 'tests/fixtures/content'): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  cpSync(smallFixture, dir, { recursive: true });
  await writeCameraPhoto(dir);
  appendFileSync(
    join(dir, 'tags.yaml'),
    TOPICS.map((topic) => `- id: ${topic.id}\n  label: { fr: ${topic.fr}, en: ${topic.en} }\n`).join(''),
  );
  for (let index = 0; index < LARGE_ARTICLES; index += 1) {
    const original = articleOf('fr', index);
    write(dir, original);
    if (!isFrenchOnly(index)) write(dir, articleOf('en', index), original);
  }
}

function write(dir: string, article: Article, original?: Article): void {
  const { key, title, description, published, tags, axes, body } = article;
  const translated = original && {
    from: original.lang,
    version: fingerprint({ title: original.title, description: original.description, body: original.body }),
  };
  const fields = { key, kind: 'news', title, description, published, tags, axes, ...(translated && { translated }) };
  const path = join(dir, article.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, mdxFile(fields, body));
}

/** The size of a 48-megapixel phone camera's photos: the largest image an editor uploads. */
const CAMERA = { width: 8000, height: 6000 };

/**
 * A photo the size a phone takes (a gradient, so it encodes quickly and stays
 * small), as the first French-only article's image and again in its text:
 * what readers download of it must be at most 2,400 pixels wide
 * (tests/e2e/image-files.spec.ts).
 */
async function writeCameraPhoto(dir: string): Promise<void> {
  const { width, height } = CAMERA;
  const gradient = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><linearGradient id="g"><stop offset="0" stop-color="#0b4f6c"/><stop offset="1" stop-color="#f5a623"/></linearGradient><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  mkdirSync(join(dir, 'media'), { recursive: true });
  await sharp(Buffer.from(gradient), { limitInputPixels: false })
    .jpeg({ quality: 60 })
    .toFile(join(dir, 'media', 'photo-appareil.jpg'));
  const article = join(dir, 'fr/actualites/article-francais.md');
  const text = readFileSync(article, 'utf8');
  writeFileSync(
    article,
    text
      .replace('image: ../../media/rectangle.png', 'image: ../../media/photo-appareil.jpg')
      .replace('Rectangle orange servant d’image de test', 'Dégradé bleu et orange de 48 mégapixels') +
      '\n![Photo d’appareil de 48 mégapixels](../../media/photo-appareil.jpg)\n',
  );
}
