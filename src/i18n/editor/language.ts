import { isLocale, sourceLocale, type Locale } from '../locales.ts';

/**
 * The language editors read messages in: the `--lang` option of a command
 * when given, else `EDITOR_LANG`, else the system's language (the first of
 * `LC_ALL`, `LC_MESSAGES` and `LANG` that is set, as POSIX programs read
 * it: `en_CA.UTF-8` is English), else French, the team's language.
 */
export function editorLanguage(env: Record<string, string | undefined>, option?: string): Locale {
  for (const chosen of [option, env.EDITOR_LANG]) {
    const lang = languageOf(chosen);
    if (lang) return lang;
  }
  const system = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return languageOf(system) ?? sourceLocale;
}

/** `fr`, `en`, `en_CA.UTF-8`, `fr-CA` → the site language they name; `C`, `de_DE` → none. */
function languageOf(value: string | undefined): Locale | undefined {
  const lang = value?.toLowerCase().split(/[_.@-]/)[0] ?? '';
  return isLocale(lang) ? lang : undefined;
}
