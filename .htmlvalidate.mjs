// html-validate's settings for the built pages (tests/e2e/html-validity.spec.ts).
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are the content's own titles (the source's axis titles run
    // past 70 characters) followed by the site name. The limit is search-result
    // advice, not validity: engines shorten long titles, they do not reject them.
    'long-title': 'off',
    // Heading ids are Astro's slugs of the heading text, and the news article's
    // headings start with their axis number ("1-commercialisation-…"). HTML allows
    // any id without spaces; the strict form only eases hand-written CSS selectors.
    'valid-id': ['error', { relaxed: true }],
    // Astro writes void elements as `<br>` from templates and `<br/>` from MDX.
    // Both are valid HTML and the serialiser, not our markup, chooses.
    'void-style': 'off',
  },
});
