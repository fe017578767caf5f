import { describe, expect, it } from 'vitest';
import { frenchSpacing, NARROW_NBSP as N, NBSP as S } from '../../src/lib/markdown/french-spacing.ts';

describe('frenchSpacing', () => {
  it('turns the typed space before ; ! ? into a narrow no-break space', () => {
    expect(frenchSpacing('Vraiment ? Oui ! Enfin ; bref.')).toBe(`Vraiment${N}? Oui${N}! Enfin${N}; bref.`);
  });

  it('turns the typed space before : into a no-break space', () => {
    expect(frenchSpacing('Objectif : agir.')).toBe(`Objectif${S}: agir.`);
  });

  it('inserts the space where none was typed', () => {
    expect(frenchSpacing('Vraiment? Oui! Enfin; Objectif: agir.')).toBe(`Vraiment${N}? Oui${N}! Enfin${N}; Objectif${S}: agir.`);
  });

  it('puts no-break spaces inside guillemets, typed or not', () => {
    expect(frenchSpacing('Il a dit « oui » puis «non».')).toBe(`Il a dit «${S}oui${S}» puis «${S}non${S}».`);
  });

  it('replaces a line break or several spaces, and keeps spaces already right', () => {
    expect(frenchSpacing('suivants\n:')).toBe(`suivants${S}:`);
    expect(frenchSpacing('Quoi   ?')).toBe(`Quoi${N}?`);
    const spaced = `Quoi${N}? «${S}Oui${S}»${S}: fin${N}!`;
    expect(frenchSpacing(spaced)).toBe(spaced);
  });

  it('fixes a full no-break space typed before ? into a narrow one', () => {
    expect(frenchSpacing(`Quoi${S}?`)).toBe(`Quoi${N}?`);
  });

  it('spaces only the first of several marks', () => {
    expect(frenchSpacing('Quoi?! Non!!!')).toBe(`Quoi${N}?! Non${N}!!!`);
  });

  it('adds no space after an opening bracket or at the start of a text', () => {
    expect(frenchSpacing('Ce point (?) reste ouvert.')).toBe('Ce point (?) reste ouvert.');
    expect(frenchSpacing('? au début')).toBe('? au début');
  });

  it('spaces marks after a closing guillemet, bracket, digit or abbreviation', () => {
    expect(frenchSpacing('«mot»? (voir)! 2023: etc.:')).toBe(`«${S}mot${S}»${N}? (voir)${N}! 2023${S}: etc.${S}:`);
  });

  it('leaves times and ratios alone', () => {
    expect(frenchSpacing('Rendez-vous à 10:30, ratio 1:2.')).toBe('Rendez-vous à 10:30, ratio 1:2.');
  });

  it('leaves addresses written in the text alone but spaces the sentence around them', () => {
    expect(frenchSpacing('Voir https://example.org/a?b=1:2!')).toBe(`Voir https://example.org/a?b=1:2${N}!`);
    expect(frenchSpacing('Écrire à mailto:info@example.org; ou www.example.org?')).toBe(
      `Écrire à mailto:info@example.org${N}; ou www.example.org${N}?`,
    );
  });

  it('reads the text around a piece of a paragraph', () => {
    // `**Objectif**: agir` — the colon's text node follows the bold one.
    expect(frenchSpacing(': agir', { before: 'Objectif' })).toBe(`${S}: agir`);
    // `«*mot*»` — the guillemets' text nodes sit around the emphasis.
    expect(frenchSpacing('«', { after: 'mot' })).toBe(`«${S}`);
    expect(frenchSpacing('»', { before: 'mot' })).toBe(`${S}»`);
    // `**Objectif** : agir` — the space is in this node, the word in the other.
    expect(frenchSpacing(' : agir', { before: 'Objectif' })).toBe(`${S}: agir`);
    // `Objectif **:**` — the space before is in the previous node, which spaces it itself.
    expect(frenchSpacing('Objectif ', { after: ':' })).toBe(`Objectif${S}`);
    expect(frenchSpacing(':', { before: 'Objectif ' })).toBe(':');
  });

  it('changes nothing in text without those marks', () => {
    const text = 'Le port de Montréal et HAROPA PORT, l’accord de 2023.';
    expect(frenchSpacing(text)).toBe(text);
  });
});
