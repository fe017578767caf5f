import type CMS from '@sveltia/cms';
import { cmsText } from '../lib/cms/labels.ts';
import type { Choice } from '../lib/cms/page-collections.ts';

const text = cmsText.components;

/** Escapes what would end an attribute written between double quotes. */
const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const unescape = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/**
 * The MDX components editors insert with the body's "+" button, written
 * exactly as the guides show them, so the content check reads them as usual
 * (src/lib/content/mdx-components.ts lists them; the ids are in
 * src/lib/cms/page-collections.ts).
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
    fromBlock: (match) => ({ caption: unescape(match.groups?.caption ?? ''), alt: match.groups?.alt ?? '', image: match.groups?.image ?? '' }),
    toBlock: ({ image, alt, caption }) => `<Figure caption="${attribute(String(caption))}">\n  ![${String(alt).replaceAll(']', '')}](${image})\n</Figure>`,
    toPreview: ({ image, alt, caption }) => `<figure><img src="${image}" alt="${attribute(String(alt))}"><figcaption>${caption}</figcaption></figure>`,
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
    toBlock: ({ title, content }) => `<Callout title="${attribute(String(title))}">\n${content}\n</Callout>`,
    toPreview: ({ title, content }) => `<aside><strong>${title}</strong><p>${content}</p></aside>`,
  });
}
