import { writeSync } from 'node:fs';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { editorTranslations, type EditorTranslate } from '../../src/i18n/editor/index.ts';
import { editorLanguage } from '../../src/i18n/editor/language.ts';
import { isLocale, locales, type Locale } from '../../src/i18n/locales.ts';
import { EditorError, reportOf } from '../../src/lib/content/editor-error.ts';

/*
 * What every editors' command shares: `--help`, messages in the editor's
 * language, and one plain message with a failure status for every error,
 * never a stack trace. `runCommand` is each command's boundary: the code it
 * runs throws (`fail`, or an `EditorError` of the library), and only
 * `runCommand` prints and ends the process.
 */

/** An editors' command, by its npm script name. */
export interface CommandSpec {
  name: 'new' | 'translations' | 'translation-done' | 'content-check';
  /** Its help: a key of the editor messages, and what the help names. */
  help: 'new.help' | 'translations.help' | 'translationDone.help' | 'contentCheck.help';
  helpParams?: Record<string, readonly string[]>;
  /** Its options, besides `--help` (and `--lang`, see `langOption`). */
  options: ParseArgsOptionsConfig;
  /** Whether it takes file names after its options. */
  allowPositionals?: boolean;
  /**
   * Whether `--lang` chooses the messages' language. `npm run new` has its
   * own `--lang`, the new page's language; its messages follow EDITOR_LANG
   * or the system's language.
   */
  langOption: boolean;
}

/** The options given: text for string options, `true` for flags. */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** What a command runs with: its options, its file names, and the messages in the editor's language. */
export interface CommandContext {
  values: OptionValues;
  positionals: string[];
  t: EditorTranslate;
}

/**
 * Reads the command line and runs `body`. `--help` prints the help; a
 * mistake in the options, or anything that goes wrong in `body`, ends the
 * command with one plain message and a failure status: an `EditorError`'s
 * own report, or, for an error nobody expected, its message under `cli.failed`.
 */
export async function runCommand(spec: CommandSpec, body: (context: CommandContext) => Promise<void> | void): Promise<void> {
  const args = process.argv.slice(2);
  const t = editorTranslations(messageLanguage(spec, args));
  const options: ParseArgsOptionsConfig = {
    ...spec.options,
    ...(spec.langOption ? { lang: { type: 'string' } } : {}),
    help: { type: 'boolean', short: 'h' },
  };
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({ args, options, allowPositionals: spec.allowPositionals ?? false, strict: true });
  } catch (error) {
    exitWith(optionsProblem(error, spec, t));
  }
  if (parsed.values.help) {
    console.log(t(spec.help, { ...spec.helpParams }));
    return;
  }
  try {
    await body({ values: parsed.values, positionals: parsed.positionals, t });
  } catch (error) {
    if (error instanceof EditorError) exitWith(reportOf(error));
    exitWith(t('cli.failed', { message: error instanceof Error ? error.message : String(error) }));
  }
}

/** `--lang en` (or `--lang=en`) where the command has it, else EDITOR_LANG or the system's language. */
function messageLanguage(spec: CommandSpec, args: string[]): Locale {
  const index = spec.langOption ? args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang=')) : -1;
  const arg = args[index] ?? '';
  const chosen = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : args[index + 1];
  if (index < 0 || chosen === undefined) return editorLanguage(process.env);
  if (isLocale(chosen)) return chosen;
  exitWith(editorTranslations(editorLanguage(process.env))('cli.notMessageLanguage', { value: chosen, languages: locales }));
}

/** A mistake in the command line, said plainly. */
function optionsProblem(error: unknown, spec: CommandSpec, t: EditorTranslate): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const params = { option: quoted.split(' ')[0] ?? quoted, argument: quoted, command: spec.name };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli.unknownOption', params);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return t('cli.unexpectedArgument', params);
  if (message.includes('does not take an argument')) return t('cli.noValue', params);
  return t('cli.missingValue', params);
}

/** Stops the command with `message`, already in the editor's language: `runCommand` prints it and fails. */
export function fail(message: string): never {
  throw new EditorError(message);
}

/**
 * Prints `message` for the editor and stops with a failure status. The
 * write is synchronous so the message is out, even to a pipe, before the
 * process ends.
 */
function exitWith(message: string): never {
  writeSync(2, `${message.trimEnd()}\n`);
  process.exit(1);
}
