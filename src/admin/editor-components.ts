import type CMS from '@sveltia/cms';
import { cmsText } from '../lib/cms/labels.ts';
import type { Choice } from '../lib/cms/page-collections.ts';

const text = cmsText.components;

/** Escapes what would end an attribute written between double quotes. */
const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const unescape = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/**
 * The MDX blocks of the body's rich-text mode: the components editors insert
 * with its "Insérer" menu, written exactly as the guides show them, so the
 * content check reads them as usual (src/lib/content/mdx-components.ts lists
 * them; the ids are in src/lib/cms/editor-fields.ts); and the team's notes,
 * which the rich-text mode would otherwise escape into text that breaks the
 * build. Each block is written back as it was read, so a body edited
 * elsewhere keeps them byte for byte (tests/e2e/web-editor.spec.ts).
 */
export function registerEditorComponents(cms: typeof CMS, partners: Choice[]): void {
  cms.registerEditorComponent({
    id: 'figure',
    label: text.figure.label,
    icon: 'image',
    fields: [
      { name: 'image', label: text.figure.image, widget: 'image' },
      { name: 'alt', label: text.figure.alt, widget: 'string' },
      { name: 'caption', label: text.figure.caption, widget: 'string' },
    ],
    // Written as the guides show it: the image in Markdown, with its alternative text, so Astro optimises it.
    pattern: /^<Figure caption="(?<caption>[^"]*)">\n\s*!\[(?<alt>[^\]]*)\]\((?<image>[^)\s]+)\)\n<\/Figure>$/m,
    fromBlock: (match) => ({
      caption: unescape(match.groups?.caption ?? ''),
      alt: match.groups?.alt ?? '',
      image: match.groups?.image ?? '',
    }),
    toBlock: ({ image, alt, caption }) =>
      `<Figure caption="${attribute(String(caption))}">\n  ![${String(alt).replaceAll(']', '')}](${image})\n</Figure>`,
    toPreview: ({ image, alt, caption }) =>
      `<figure><img src="${image}" alt="${attribute(String(alt))}"><figcaption>${caption}</figcaption></figure>`,
  });
  cms.registerEditorComponent({
    id: 'contact-block',
    label: text.contactBlock.label,
    icon: 'contact_mail',
    fields: [{ name: 'partner', label: text.contactBlock.partner, widget: 'select', options: partners }],
    pattern: /^<ContactBlock partner="(?<partner>[a-z0-9-]+)" \/>$/m,
    fromBlock: (match) => ({ partner: match.groups?.partner ?? '' }),
    toBlock: ({ partner }) => `<ContactBlock partner="${partner}" />`,
    toPreview: ({ partner }) => `<p>${text.contactBlock.label} : ${partners.find((choice) => choice.value === partner)?.label ?? ''}</p>`,
  });
  cms.registerEditorComponent({
    id: 'callout',
    label: text.callout.label,
    icon: 'campaign',
    fields: [
      { name: 'title', label: text.callout.title, widget: 'string' },
      { name: 'content', label: text.callout.content, widget: 'text' },
    ],
    pattern: /^<Callout title="(?<title>[^"]*)">\n?(?<content>[\s\S]*?)\n?<\/Callout>$/m,
    fromBlock: (match) => ({ title: unescape(match.groups?.title ?? ''), content: match.groups?.content ?? '' }),
    // One line, as the guides show it; several paragraphs each on their lines, which MDX needs to read them as Markdown.
    toBlock: ({ title, content }) => {
      const opening = `<Callout title="${attribute(String(title))}">`;
      return String(content).includes('\n') ? `${opening}\n${content}\n</Callout>` : `${opening}${content}</Callout>`;
    },
    toPreview: ({ title, content }) => `<aside><strong>${title}</strong><p>${content}</p></aside>`,
  });
  cms.registerEditorComponent({
    id: 'team-note',
    label: text.teamNote.label,
    icon: 'sticky_note_2',
    fields: [{ name: 'note', label: text.teamNote.text, widget: 'text' }],
    // The note's spaces and line breaks are kept, so the block comes back as it was written.
    pattern: /^\{\/\*(?<note>[\s\S]*?)\*\/\}$/m,
    fromBlock: (match) => ({ note: match.groups?.note ?? '' }),
    // "*/" would end the note early: what follows would show on the site.
    toBlock: ({ note }) => `{/*${String(note).replaceAll('*/', '* /')}*/}`,
    toPreview: ({ note }) => `<p><em>${text.teamNote.label}</em> : ${note}</p>`,
  });
}
