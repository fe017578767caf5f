/**
 * A failure an editor reads: what went wrong and what to do, both already
 * in the editor's language, as Astro's AstroError carries a message and a
 * hint. Library code throws it and never ends the process; each entry
 * point's boundary (the build's integrations, src/integrations/plain-failure.ts;
 * each command, scripts/lib/cli.ts) prints it with `reportOf` and sets the
 * exit status, so the failure can be tested without spawning a process.
 */
export class EditorError extends Error {
  /** What to do about it; none when the message says it all. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'EditorError';
    this.hint = hint;
  }
}

/** What a boundary prints for `error`: its message, then its hint after a blank line. */
export function reportOf(error: EditorError): string {
  const message = error.message.trimEnd();
  return error.hint === undefined ? `${message}\n` : `${message}\n\n${error.hint}\n`;
}
