import fc from 'fast-check';

/*
 * What an editor may type or paste into a field, or name a file: the shapes
 * issue 26 lists, as fast-check arbitraries. Each value is either a text
 * (typed into a field, a file name) or, for a YAML field, any value YAML can
 * hold (a number where text is expected, a list, nothing).
 */

/** Texts of every shape an editor may type or paste. */
export const editorText: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.stringMatching(/^[ \t\u00a0\u2003\u200b]{1,6}$/),
  longText(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<b>gras</b> &amp; &#x3C;i&#x3E;',
    '"><img src=x onerror=alert(1)>',
    '{1 + 1}',
    '</title><h1>x',
    '[lien](javascript:alert(1))',
    '# Titre\n\n- liste',
    '---',
    'a: b',
    '- x',
    '&',
    '*alias',
    '!!binary AAAA',
    "l'été « entre guillemets »",
  ),
  fc.constantFrom('👩🏽‍🚀🇫🇷', 'e\u0301\u0301\u0301', 'Z̴̡͇̰͓a̷̝̓l̴̬̅g̷o̵', '\u{1F600}'.repeat(40), 'ﷺ'),
  fc.constantFrom('مرحبا بالعالم', 'שלום עולם', '\u202eevil\u202c', 'abc\u200fdef'),
  fc.string({
    unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\ufeff', '\r', '\t', 'a'),
    minLength: 1,
    maxLength: 8,
  }),
  fc.constantFrom('???', '...', '—', '«»', '-', '_', '/', '#', '!!', '«\u00a0»', '.', '~'),
  fc.constantFrom('42', '3.14', '-1', '0', '1e9', 'true', 'null', 'NaN', '2023-02-30', '2/05/2023', '2023-05-02'),
  fc.constantFrom(
    '../../../etc/passwd',
    '../../media/rectangle.png',
    '..',
    './',
    '/etc/hosts',
    'C:\\Windows\\x.png',
    'media/../../../x.png',
    '../x',
    '%2e%2e/x',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ maxLength: 20 }),
);

/** Texts of 150 to 100,000 characters: words, one unbroken word, or lines. */
function longText(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(150, 151, 161, 3000, 100_000), fc.constantFrom('Coopération portuaire ', 'x', 'mot\n', 'é'))
    .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
}

/** Values of YAML that are not texts, where a field expects one kind of value. */
export const yamlNonText: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 6, 1e21, [], {}, ['a'], { fr: 'a' }, { fr: '', en: '' }),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.array(editorText, { maxLength: 3 }),
);
