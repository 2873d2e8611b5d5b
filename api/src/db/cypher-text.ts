/**
 * A statement's text as it goes over the wire to Neo4j: without its comments and with each run
 * of whitespace outside a string made one character (a newline where the run had one, so
 * Neo4j's error positions still name the statement's lines in order). The catalog's files open
 * with a header of comments that is often longer than the statement (status/matrix 2,469 bytes,
 * 1,242 without them); the driver writes a message in chunks of 1,400 bytes, one socket write
 * each, and on this project's two-core hosts each write that wakes Neo4j cost ~1 ms (#17,
 * docs/DESIGN.md "Neo4j plans"). Strings ('…', "…") and quoted names (`…`) are copied as they
 * are, escapes included.
 */
export function compactCypher(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const end = closingQuote(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      out = withSpace(out, ' ');
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      let newline = false;
      for (; i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n'); i++) if (text[i] === '\n') newline = true;
      out = withSpace(out, newline ? '\n' : ' ');
    } else {
      out += c;
      i++;
    }
  }
  return out.trim();
}

/** The index after the quote that closes the one at `start` (a backslash escapes in strings; `` doubles in names). */
function closingQuote(text: string, start: number): number {
  const quote = text[start]!;
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && quote !== '`') i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  return text.length;
}

/** `out` ending in one whitespace character: a newline wins over a space. */
function withSpace(out: string, space: ' ' | '\n'): string {
  const last = out[out.length - 1];
  if (last === '\n' || out === '') return out;
  if (last === ' ') return space === '\n' ? `${out.slice(0, -1)}\n` : out;
  return out + space;
}
