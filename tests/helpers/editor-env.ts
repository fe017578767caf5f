/**
 * The environment of an editor's terminal, for tests that run the real
 * commands: without the variables the test runner sets (NODE_ENV=test
 * changes how Astro serves pages), and in a locale that chooses no language
 * (`C`), so messages are in French, the default, whatever the machine's
 * locale; a test that wants English sets EDITOR_LANG.
 */
export const editorEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$|EDITOR_LANG$|LC_ALL$|LC_MESSAGES$)/.test(name)),
  ),
  LANG: 'C.UTF-8',
};
