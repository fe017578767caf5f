import { intlTag, type Locale } from './locales.ts';

/*
 * Content dates are calendar days without a time. They are stored as midnight
 * UTC, so they are formatted in UTC: any other zone could show the day before.
 */
const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** `date` as readers of `locale` write it: "2 mai 2023", "May 2, 2023". */
export function formatDate(date: Date, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

/** `date` as `YYYY-MM-DD`, the form `<time datetime>` and feeds expect. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar day `date` falls on where this runs, as `YYYY-MM-DD`: the
 * date an editor means by "today" (in UTC, a Montréal evening would
 * already be tomorrow).
 */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
