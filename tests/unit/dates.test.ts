import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from '../../src/i18n/dates.ts';

// How YAML gives a frontmatter date such as `published: 2023-05-02`.
const renewal = new Date(Date.UTC(2023, 4, 2));
const update = new Date(Date.UTC(2023, 10, 24));

describe('formatDate', () => {
  it('writes dates the French way', () => {
    expect(formatDate(renewal, 'fr')).toBe('2 mai 2023');
    expect(formatDate(update, 'fr')).toBe('24 novembre 2023');
  });

  it('writes dates the Canadian English way', () => {
    expect(formatDate(renewal, 'en')).toBe('May 2, 2023');
  });

  it('keeps the calendar day whatever the time zone of the machine', () => {
    // Midnight UTC is still the day before in Montréal; the day must not move.
    expect(formatDate(new Date('2023-05-02T00:00:00Z'), 'en')).toBe('May 2, 2023');
  });
});

describe('isoDay', () => {
  it('gives the YYYY-MM-DD form used in <time datetime>', () => {
    expect(isoDay(renewal)).toBe('2023-05-02');
  });
});
