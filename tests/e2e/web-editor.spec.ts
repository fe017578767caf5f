import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { filesBelow } from '../../src/lib/files-below.ts';
import { originOf, sites, tagOf } from './sites.ts';
import { buildEditedContent, serveBuilt } from './web-editor/edited-site.ts';
import { fingerprintOf, frontmatterOf } from './web-editor/page-files.ts';
import {
  editorContext,
  editorPane,
  fillFields,
  offlineEditor,
  openEditor,
  repositoryFiles,
  repositoryImages,
  save,
  watchPage,
  uploadPageImage,
  writeEnglishVersion,
  writeSource,
  type EditorWatch,
  type RepositoryFiles,
} from '../../scripts/lib/web-editor-session.ts';

/*
 * The web editor (/admin/, Sveltia CMS as built) driven in Chromium offline,
 * on a copy of the real content: what editors do, in the order they do it,
 * then the site built from the files the editor wrote. Each step reads the
 * files back from the editor's repository and checks them line by line.
 */
test.describe.configure({ mode: 'serial' });

const site = sites.find((candidate) => candidate.name === 'site')!;
/**
 * A body with every block an editor meets (the MDX components, the team's
 * notes on one line and on several) among ordinary Markdown, French spaces
 * included: the French contact page's, in the test's copy of the content
 * (with both partners' blocks, which the content check asks of that page).
 */
const CONTACT_FR = 'content/fr/contact.mdx';
const BLOCKS_BODY = `
Le Port de Montréal et **HAROPA PORT** renouvellent leur _coopération_\u202f: «\u00a0un accord\u00a0»\u202f!

{/* Une note pour l’équipe, sur une ligne. */}

## Nous écrire

- par courrier, à l’adresse ci-dessous\u202f;
- par la [page de recherche](/fr/recherche/).

<Callout title="À retenir">Une note mise en avant dans le texte.</Callout>

<Figure caption="Un porte-conteneurs à quai.">
  ![Un porte-conteneurs à quai](../media/quai.png)
</Figure>

> Une citation.

{/*
  Une note
  sur plusieurs lignes.
*/}

<ContactBlock partner="port-of-montreal" />

<ContactBlock partner="haropa-port" />
`;
const seed: RepositoryFiles = Object.fromEntries(
  filesBelow('content').map((file) => [`content/${file}`, readFileSync(`content/${file}`, 'utf8')]),
);
seed[CONTACT_FR] = seed[CONTACT_FR]!.replace(/\n---\n[\s\S]*$/, `\n---\n${BLOCKS_BODY}`);

const AXIS_FR = 'content/fr/accord/efficience-energetique.mdx';
const AXIS_EN = 'content/en/agreement/energy-efficiency.mdx';
const NEWS_TITLE = 'Visite d’une délégation de HAROPA PORT à Montréal';
const NEWS_FR = 'content/fr/actualites/visite-d-une-delegation-de-haropa-port-a-montreal.mdx';
const NEWS_EN = 'content/en/news/a-haropa-port-delegation-visits-montreal.mdx';
/** A 64 × 40 picture, as an editor would upload. */
const IMAGE = readFileSync('tests/fixtures/content/media/rectangle.png');

let page: Page;
let watch: EditorWatch;
let files: RepositoryFiles = seed;
/** The images the editor uploaded, in base 64. */
let images: Record<string, string> = {};
/** The repository after the French article changed, before its translation was marked up to date. */
let editedBeforeMarking: RepositoryFiles;

test.beforeAll(async ({ browser }) => {
  const origin = originOf(site);
  const context = await editorContext(browser, origin);
  watch = await offlineEditor(context, origin);
  page = await context.newPage();
  watchPage(page, watch);
  await openEditor(page, seed);
});

test.afterAll(async () => {
  await page.context().close();
});

test.afterEach(() => {
  expect(watch.otherOrigins, 'requests to other origins').toEqual([]);
  expect(watch.errors, 'errors and policy violations').toEqual([]);
});

/** Opens the entry titled `title` of the collection `collection`, in its folder `folder`. */
async function openEntry(collection: string, folder: string, title: string): Promise<void> {
  await page.goto(`admin/#/collections/${collection}/filter/${folder}`);
  await page.getByRole('main').getByText(title, { exact: true }).first().click();
  await editorPane(page, 'fr').getByRole('textbox', { name: 'Titre' }).waitFor();
}

/** Types `text` at the end of the paragraph of a pane's body that reads `paragraph`, as an editor would in the rich-text mode. */
async function typeAfter(pane: Locator, paragraph: string, text: string): Promise<void> {
  await pane.getByRole('textbox', { name: 'Texte', exact: true }).getByText(paragraph, { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** The "Traduction à jour" box of a pane, the form's last field: the editor draws fields as they scroll into view. */
async function translationBox(pane: Locator): Promise<Locator> {
  await pane.getByRole('textbox', { name: 'Texte', exact: true }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 2_000);
  return pane.getByRole('switch', { name: 'Traduction à jour' });
}

/** Saves, then reads the repository back; returns the files that changed. */
async function saveAndRead(): Promise<RepositoryFiles> {
  await save(page);
  const before = files;
  files = await repositoryFiles(page);
  return Object.fromEntries(Object.entries(files).filter(([path, text]) => before[path] !== text));
}

test(`${tagOf(site)} web editor: the interface, every page kind and the data files are in French`, async () => {
  const { config } = (await (await page.request.get('admin/cms.json')).json()) as { config: { collections: { label: string }[] } };
  const tree = page.getByRole('tree', { name: 'Liste des collections' });
  for (const { label } of config.collections) await expect(tree.getByRole('treeitem', { name: label, exact: true })).toBeVisible();
  expect(config.collections.map((collection) => collection.label)).toEqual(
    expect.arrayContaining(['Page d’accueil', 'Axes de l’accord', 'Actualités', 'Données du site']),
  );
  await expect(page.getByRole('button', { name: 'Créer une entrée ou des ressources' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test(`${tagOf(site)} web editor: served with its own policy, out of search engines, and able to sign in with GitHub`, async () => {
  const response = await page.request.get('admin/');
  const policy = response.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("connect-src 'self' blob: data: https://api.github.com");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(response.headers()['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow" />');
  expect(await (await page.request.get('robots.txt')).text()).toContain('Disallow: /admin/');
  expect(await (await page.request.get('sitemap.xml')).text()).not.toContain('/admin/');
});

test(`${tagOf(site)} web editor: saving an axis without changing its text keeps its files`, async () => {
  await openEntry('axis', 'accord', 'Efficience énergétique et développement durable');
  // Nothing to save until something changed: ticking the French "up to date" box, which no file keeps, makes it savable.
  await (await translationBox(editorPane(page, 'fr'))).click();
  // Both languages' files are written again, byte for byte the same.
  expect(await saveAndRead()).toEqual({});
});

test(`${tagOf(site)} web editor: editing an axis title changes that line only, and the translation becomes outdated`, async () => {
  await openEntry('axis', 'accord', 'Efficience énergétique et développement durable');
  await fillFields(editorPane(page, 'fr'), { Titre: 'Efficience énergétique et transition écologique' });
  const before = files;
  const changed = await saveAndRead();
  expect(changed[AXIS_FR]).toBe(
    before[AXIS_FR]!.replace(
      'title: Efficience énergétique et développement durable',
      'title: Efficience énergétique et transition écologique',
    ),
  );
  // The English version still says which French text it translates: the old one.
  expect(files[AXIS_EN]).toBe(before[AXIS_EN]);
});

test(`${tagOf(site)} web editor: a new French article lands in the news folder, paired by a new key`, async () => {
  await page.goto('admin/#/collections/news/filter/actualites');
  await page.getByRole('button', { name: 'Créer une entrée', exact: true }).click();
  const french = editorPane(page, 'fr');
  // The form is ready once it has made the page's key.
  await expect(french.getByRole('textbox', { name: 'Identifiant de la page' })).toHaveValue(/^news-/);
  // The « Insérer » menu offers the site's blocks, in French.
  await french.getByRole('button', { name: 'Insérer' }).click();
  await expect(page.getByRole('menuitem')).toHaveText([
    /Image avec légende/,
    /Coordonnées d’un partenaire/,
    /Encadré/,
    /Note pour l’équipe/,
  ]);
  await page.keyboard.press('Escape');
  await writeSource(french, 'Une délégation a visité le port.\n\n<ContactBlock partner="haropa-port" />');
  // Typed last, and typed again if the form was drawn again meanwhile: a clean-clone run once saved it with an empty title.
  await fillFields(french, {
    Titre: NEWS_TITLE,
    Résumé: 'Une délégation de HAROPA PORT a visité le Port de Montréal.',
    'Date de publication': '2026-12-01',
  });
  const changed = await saveAndRead();
  expect(Object.keys(changed)).toEqual([NEWS_FR]);
  expect(changed[NEWS_FR]).toMatch(/^---\nkey: news-[0-9a-f-]{36}\nkind: news\ntitle: Visite d’une délégation de HAROPA PORT à Montréal\n/);
  expect(changed[NEWS_FR]).toContain('\npublished: 2026-12-01\n');
  expect(changed[NEWS_FR]).toMatch(/\n---\n\nUne délégation a visité le port\.\n\n<ContactBlock partner="haropa-port" \/>\n$/);
});

test(`${tagOf(site)} web editor: the article's English translation lands in the English news folder, marked as translated`, async () => {
  await openEntry('news', 'actualites', NEWS_TITLE);
  await writeEnglishVersion(page, {
    title: 'A HAROPA PORT delegation visits Montréal',
    summary: 'A delegation from HAROPA PORT visited the Port of Montréal.',
    body: 'A delegation visited the port.\n\n<ContactBlock partner="haropa-port" />',
  });
  const changed = await saveAndRead();
  expect(Object.keys(changed)).toEqual([NEWS_EN]);
  const translation = frontmatterOf(changed[NEWS_EN]!);
  expect(translation.key).toBe(frontmatterOf(files[NEWS_FR]!).key);
  expect(translation.translated).toBe(`\n  from: fr\n  version: ${fingerprintOf(files[NEWS_FR]!)}`);
  expect(changed[NEWS_EN]).toMatch(/\n---\n\nA delegation visited the port\.\n\n<ContactBlock partner="haropa-port" \/>\n$/);
});

test(`${tagOf(site)} web editor: an image uploaded for the article is one file in content/media, described in each language`, async () => {
  await openEntry('news', 'actualites', NEWS_TITLE);
  await uploadPageImage(
    page,
    { name: 'quai.png', buffer: IMAGE },
    { fr: 'Un porte-conteneurs à quai', en: 'A container ship at the quay' },
  );
  const changed = await saveAndRead();
  expect(Object.keys(changed).sort()).toEqual([NEWS_EN, NEWS_FR].sort());
  expect(changed[NEWS_FR]).toContain('\nimage: ../../media/quai.png\nimageAlt: Un porte-conteneurs à quai\n');
  expect(changed[NEWS_EN]).toContain('\nimage: ../../media/quai.png\nimageAlt: A container ship at the quay\n');
  images = await repositoryImages(page, 'content/media');
  expect(Object.keys(images)).toEqual(['content/media/quai.png']);
  expect(Buffer.from(images['content/media/quai.png']!, 'base64').equals(IMAGE)).toBe(true);
});

test(`${tagOf(site)} web editor: a change to the French article leaves its translation outdated, until it is marked up to date`, async () => {
  await openEntry('news', 'actualites', NEWS_TITLE);
  await typeAfter(editorPane(page, 'fr'), 'Une délégation a visité le port.', ' Elle a rencontré les équipes du port.');
  const translatedBefore = frontmatterOf(files[NEWS_EN]!).translated;
  await saveAndRead();
  expect(files[NEWS_FR]).toMatch(
    /\n---\n\nUne délégation a visité le port\. Elle a rencontré les équipes du port\.\n\n<ContactBlock partner="haropa-port" \/>\n$/,
  );
  expect(frontmatterOf(files[NEWS_EN]!).translated).toBe(translatedBefore);
  expect(fingerprintOf(files[NEWS_FR]!)).not.toBe(/version: (\w+)/.exec(translatedBefore!)?.[1]);
  editedBeforeMarking = { ...files };

  await openEntry('news', 'actualites', NEWS_TITLE);
  await page.getByRole('radio', { name: 'Anglais' }).first().click();
  await (await translationBox(editorPane(page, 'en'))).click();
  await saveAndRead();
  expect(frontmatterOf(files[NEWS_EN]!).translated).toBe(`\n  from: fr\n  version: ${fingerprintOf(files[NEWS_FR]!)}`);
  expect(files[NEWS_EN]).not.toContain('translationCurrent');
});

test(`${tagOf(site)} web editor: a body edited in the rich-text mode keeps its blocks and the team's notes as written`, async () => {
  await page.goto('admin/#/collections/page');
  await page.getByRole('main').getByText('Contact', { exact: true }).first().click();
  const french = editorPane(page, 'fr');
  // Every block shows as a form of its own, in French.
  for (const [block, count] of [
    ['Encadré', 1],
    ['Image avec légende', 1],
    ['Coordonnées d’un partenaire', 2],
  ] as const)
    await expect(french.getByRole('group', { name: block, exact: true })).toHaveCount(count);
  await expect(french.getByRole('group', { name: 'Note pour l’équipe', exact: true })).toHaveCount(2);
  await typeAfter(french, 'Une citation.', ' Ajoutée dans le navigateur.');
  const changed = await saveAndRead();
  expect(Object.keys(changed)).toEqual([CONTACT_FR]);
  // The one sentence typed, and nothing else: the blocks, notes, spaces and Markdown are byte for byte as they were.
  expect(changed[CONTACT_FR]).toBe(seed[CONTACT_FR]!.replace('> Une citation.', '> Une citation. Ajoutée dans le navigateur.'));
});

test(`${tagOf(site)} web editor: editing a partner's website changes that value in partners.yaml`, async () => {
  await page.goto('admin/#/collections/data/entries/partners');
  const website = page.getByRole('group', { name: 'Éditeur de contenu' }).getByRole('textbox', { name: 'Site officiel' }).first();
  await website.fill('https://www.port-montreal.com/fr/');
  const expected = parse(files['content/partners.yaml']!) as { website: string }[];
  expected[0]!.website = 'https://www.port-montreal.com/fr/';
  const changed = await saveAndRead();
  expect(Object.keys(changed)).toEqual(['content/partners.yaml']);
  // The same data, but for that value; the file's comments are gone (the guides and the form's hints say the same).
  expect(parse(changed['content/partners.yaml']!)).toEqual(expected);
});

test(`${tagOf(site)} web editor: a topic's English label, a corridor place and a legal fact are edited in their forms`, async () => {
  const form = page.getByRole('group', { name: 'Éditeur de contenu' });
  await page.goto('admin/#/collections/data/entries/tags');
  // The second topic's English label (tags.yaml lists "international", then "partenariats").
  const label = form.getByRole('textbox', { name: 'Anglais' }).nth(1);
  await expect(label).toHaveValue('Partnerships');
  await label.fill('Partnerships and cooperation');
  const topics = parse(files['content/tags.yaml']!) as { id: string; label: { en: string } }[];
  topics[1]!.label.en = 'Partnerships and cooperation';
  expect(Object.keys(await saveAndRead())).toEqual(['content/tags.yaml']);
  expect(parse(files['content/tags.yaml']!)).toEqual(topics);

  await page.goto('admin/#/collections/data/entries/corridor');
  // The first place's English name: Montréal.
  const place = form.getByRole('textbox', { name: 'Anglais' }).first();
  await expect(place).toHaveValue('Montréal');
  await place.fill('Montreal');
  const corridor = parse(files['content/map/corridor.yaml']!) as { places: { name: { en: string } }[] };
  corridor.places[0]!.name.en = 'Montreal';
  expect(Object.keys(await saveAndRead())).toEqual(['content/map/corridor.yaml']);
  expect(parse(files['content/map/corridor.yaml']!)).toEqual(corridor);

  await page.goto('admin/#/collections/data/entries/legal');
  // A fictional address of the domain kept for examples: the statement completes itself with it.
  // An optional group of facts is added by ticking its box, as editors do.
  await form.getByRole('checkbox', { name: /Ajouter .?Accessibilité/ }).check();
  await form.getByRole('textbox', { name: 'Adresse électronique pour signaler un problème' }).fill('accessibilite@example.org');
  expect(Object.keys(await saveAndRead())).toEqual(['content/legal.yaml']);
  expect(parse(files['content/legal.yaml']!)).toMatchObject({ accessibility: { email: 'accessibilite@example.org' } });
});

test(`${tagOf(site)} web editor: the site built from the editor's files pairs the article, then shows it outdated, then up to date`, async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const outdatedSite = buildEditedContent('outdated', editedBeforeMarking, images);
  const finalSite = buildEditedContent('final', files, images);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const reader = await context.newPage();
  await using outdated = await serveBuilt(outdatedSite, 0);
  await reader.goto(`${outdated.origin}/en/news/a-haropa-port-delegation-visits-montreal/`);
  await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('A HAROPA PORT delegation visits Montréal');
  await expect(reader.locator('[data-language-notice="outdated"]')).toHaveCount(1);
  await using final = await serveBuilt(finalSite, 1);
  await reader.goto(`${final.origin}/en/news/a-haropa-port-delegation-visits-montreal/`);
  await expect(reader.locator('[data-language-notice]')).toHaveCount(0);
  await expect(reader.locator('[data-page-image] img')).toHaveAttribute('alt', 'A container ship at the quay');
  const toggle = reader.locator('[data-language-toggle]').first();
  await expect(toggle).toHaveAttribute('href', '/fr/actualites/visite-d-une-delegation-de-haropa-port-a-montreal/');
  await reader.goto(`${final.origin}/fr/actualites/visite-d-une-delegation-de-haropa-port-a-montreal/`);
  const frenchImage = reader.locator('[data-page-image] img');
  await expect(frenchImage).toHaveAttribute('alt', 'Un porte-conteneurs à quai');
  // Loaded: the file the editor uploaded, through Astro's image pipeline.
  expect(await frenchImage.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  // The data files the forms edited: the map's English name, the statement's e-mail.
  await reader.goto(`${final.origin}/en/`);
  // The map's route, in order, names the place as the form wrote it.
  await expect(reader.getByRole('main').getByText('Montreal', { exact: true }).first()).toBeAttached();
  await reader.goto(`${final.origin}/en/accessibility/`);
  await expect(reader.getByRole('main').getByRole('link', { name: 'accessibilite@example.org' })).toHaveAttribute(
    'href',
    'mailto:accessibilite@example.org',
  );
  // The contact page the rich-text mode edited: its blocks drawn, its team's notes nowhere.
  await reader.goto(`${final.origin}/fr/contact/`);
  const main = reader.getByRole('main');
  await expect(main.locator('[data-callout]')).toContainText('Une note mise en avant dans le texte.');
  await expect(main.locator('[data-figure] figcaption')).toHaveText('Un porte-conteneurs à quai.');
  await expect(main.getByText('Ajoutée dans le navigateur.')).toBeVisible();
  await expect(main.locator('[data-contact="partner"]')).toHaveCount(1);
  await expect(main).not.toContainText('Une note pour l’équipe');
  await expect(main).not.toContainText('sur plusieurs lignes');
  await reader.goto(`${final.origin}/fr/accord/efficience-energetique/`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Efficience énergétique et transition écologique');
  await reader.goto(`${final.origin}/en/agreement/energy-efficiency/`);
  await expect(reader.locator('[data-language-notice="outdated"]')).toHaveCount(1);
  await context.close();
});
