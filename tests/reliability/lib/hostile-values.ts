/**
 * Hostile and awkward values. Every string here is something a user could paste into a form
 * field; none of them may reach the engine as Cypher, break a response or come back altered.
 */

/** Cypher (and a little SQL and template) injection attempts. */
export const INJECTIONS = [
  `'); MATCH (n) DETACH DELETE n //`,
  `" }) MATCH (n) DETACH DELETE n //`,
  `x' }) WITH 1 AS x MATCH (n) SET n.name = 'pwned' //`,
  `\` DETACH DELETE n //`,
  `org:aarhus' OR '1'='1`,
  `person:x"}) RETURN n UNION MATCH (m) RETURN m //`,
  `}) RETURN 1 AS id //`,
  `$id`,
  `{id}`,
  `' + $scopeId + '`,
  `CALL db.labels() YIELD label RETURN label`,
  `LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line`,
  `MATCH (n) WHERE n.id =~ '.*' RETURN n`,
  `\\'); DROP TABLE people; --`,
  `/* */ MATCH (n) RETURN n /*`,
  `\\u0027) RETURN 1 //`,
  `\${process.exit(1)}`,
  `__proto__`,
  `constructor`,
  `<script>alert(1)</script>`,
] as const;

/** Unicode edge cases: combining marks, bidi controls, NUL, lone surrogates, emoji, Danish letters. */
export const UNICODE = [
  'Søren Østergård Æblegård',
  'Åbyhøj Ærø Ålborg',
  'ÆØÅ æøå',
  'Ǿrsted Å', // precomposed Å (U+00C5) versus A + ring below
  'A\u030Abyhøj', // A + combining ring above: looks like Å; stored composed (NFC), so it is Å
  'e\u0301e\u0301e\u0301',
  'Z\u0351\u0352\u0353\u0354a\u0355\u0356l\u0357\u0358g\u0359o\u035A',
  '\u202Eredro\u202C Hansen',
  'مرحبا בעולם Hansen',
  '\u200Bzero\u200Dwidth\uFEFF',
  'a\u0000b',
  'NUL at end\u0000',
  '\uD800',
  'lone \uDFFF low',
  'pair \uD83D\uDE00 ok',
  '👩‍👩‍👧‍👦 familie',
  '🇩🇰 Danmark',
  '\u0007bell\u001B[31m',
  'tab\tnewline\ncr\r',
  '   ',
  '',
] as const;

export const ONE_MB = 'æ'.repeat(500_000); // 1 MB in UTF-8

export const HUGE = [ONE_MB, 'x'.repeat(1_000_000), 'ø'.repeat(70_000)] as const;

export const BAD_IDS = ['', ' ', 'org:', 'ORG:AARHUS', 'org:findes-ikke', 'person:../../etc/passwd', 'x'.repeat(200), '12345', 'rel:', 'change:nope'];

export const BAD_INTS = [-1, 0, 2147483647, -2147483648, 2147483648, 1.5, '1', null, 1e308];

export const BAD_ENUMS = ['DROP', '', 'organisation', 'ADMIN; MATCH (n) DETACH DELETE n', 'Ä', 1, true, null];

/** Injection strings that are valid names (trimmed, no control characters): they must be stored as they are. */
export const VALID_HOSTILE_NAMES = [
  ...INJECTIONS,
  'Søren Østergård Æblegård',
  'A\u030Abyhøj',
  '\u202Eredro\u202C Hansen',
  'مرحبا בעולם Hansen',
  '👩‍👩‍👧‍👦 familie',
  '🇩🇰 Danmark',
] as const;
