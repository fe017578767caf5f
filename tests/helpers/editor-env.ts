/**
 * The environment of an editor's terminal, for tests that run the real
 * commands: without the variables the test runner sets (NODE_ENV=test
 * changes how Astro serves pages).
 */
export const editorEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(name)),
);
