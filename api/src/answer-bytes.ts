/**
 * A large answer's JSON as bytes, written in pieces. V8's JSON.stringify hands back a large text
 * as a chain of parts (a cons string), and the first read of it (the response's Buffer.byteLength
 * for Content-Length) copies it into one flat string; over ~128 kB that copy goes to V8's
 * large-object space, a fresh mapping per answer: for graph's 136 kB answer of Aarhus 0.6-0.9 ms,
 * where a 129 kB one takes 0.01 (measured with %FlattenString, load ~15). Here the answer's long
 * lists are serialised an element at a time, joined into pieces well under that size and encoded
 * into one Buffer: the same bytes as JSON.stringify's, without the large string (graph's
 * serialisation, length and encoding 1.09 -> 0.69 ms, alone on the recorded answer).
 * Smaller answers keep JSON.stringify's text, which costs less for them.
 */
const LARGE = 96_000;
const PIECE = 32_768;
/** How deep the lists may lie: result, data, the root field, its object (graph.nodes, gaps.findings). */
const DEPTH = 4;

/** JSON.stringify(result)'s bytes: a string for a small answer, a Buffer of the same UTF-8 for a large one. */
export function answerJson(result: unknown): string | Buffer {
  if (estimatedLength(result, DEPTH) <= LARGE) return JSON.stringify(result);
  if (!opened(result)) return JSON.stringify(result);
  const out: string[] = [];
  pieces(result, out, DEPTH);
  const buffers: Buffer[] = [];
  let from = 0;
  let size = 0;
  for (let i = 0; i < out.length; i++) {
    size += out[i]!.length;
    if (size >= PIECE || i === out.length - 1) {
      buffers.push(Buffer.from(out.slice(from, i + 1).join('')));
      from = i + 1;
      size = 0;
    }
  }
  return Buffer.concat(buffers);
}

/** A list or plain object (as graphql-jit and graphql-js build answers) whose JSON is its members', no toJSON of its own. */
function opened(value: unknown): value is object {
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A cheap guess at the JSON's length: each list by its first element's length times its size. */
function estimatedLength(value: unknown, depth: number): number {
  if (depth === 0 || !opened(value)) return 16;
  if (Array.isArray(value)) return value.length < 64 ? 64 * value.length : value.length * ((JSON.stringify(value[0])?.length ?? 4) + 1);
  let sum = 2;
  for (const k of Object.keys(value)) sum += k.length + 4 + estimatedLength((value as Record<string, unknown>)[k], depth - 1);
  return sum;
}

/**
 * JSON.stringify's text as pieces: lists and plain objects down to `depth` opened member by member
 * (a member whose value JSON leaves out is left out, such an element of a list is null, as it
 * does), everything below as JSON.stringify writes it.
 */
function pieces(value: unknown, out: string[], depth: number): void {
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      out.push(leaf(value[i], String(i)) ?? 'null');
    }
    out.push(']');
    return;
  }
  out.push('{');
  let first = true;
  for (const k of Object.keys(value as object)) {
    const v = (value as Record<string, unknown>)[k];
    const deeper = depth > 1 && opened(v);
    const text = deeper ? '' : leaf(v, k);
    if (text === undefined) continue;
    out.push(first ? `${JSON.stringify(k)}:` : `,${JSON.stringify(k)}:`);
    first = false;
    if (deeper) pieces(v, out, depth - 1);
    else out.push(text);
  }
  out.push('}');
}

/** A member's JSON as JSON.stringify writes it under its key (undefined where it leaves the member out). */
function leaf(value: unknown, key: string): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // toJSON is called with the member's key: under a holder of that key, as JSON.stringify does.
    const held = JSON.stringify({ [key]: value });
    return held === '{}' ? undefined : held.slice(JSON.stringify(key).length + 2, -1);
  }
  return JSON.stringify(value);
}
