import type { MdxComponentName } from '../../lib/content/mdx-components.ts';
import Callout from './Callout.astro';
import ContactBlock from './ContactBlock.astro';
import Figure from './Figure.astro';

/** The components MDX pages use without importing them (names in src/lib/content/mdx-components.ts). */
export const mdxComponents = { Callout, ContactBlock, Figure } satisfies Record<MdxComponentName, unknown>;
