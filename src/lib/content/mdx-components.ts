/**
 * The components editors can use in MDX without importing them. The build
 * maps each name to its Astro component (src/components/mdx/index.ts); the
 * content check refuses any other capitalised tag, naming these.
 */
export const mdxComponentNames = ['Callout', 'Figure', 'ContactBlock'] as const;

/** The name of a component usable in MDX. */
export type MdxComponentName = (typeof mdxComponentNames)[number];

/** Props each component requires, checked before the build so the message can point at the line. */
export const requiredProps: Record<MdxComponentName, readonly string[]> = {
  Callout: ['title'],
  Figure: ['caption'],
  ContactBlock: ['partner'],
};
