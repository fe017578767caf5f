/**
 * How a name in an address or an id is written: lowercase letters and
 * digits, in words joined by single dashes (`haropa-port`, `premier-axe`).
 * Folders and files of pages, page keys and the ids of data files all
 * follow it, and the web editor's forms ask for it.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
