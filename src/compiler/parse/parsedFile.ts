// What the YAML and JSON parsers produce, and how later stages query it.
import type { Locator } from '../diagnostics';
import type { PathSegment } from '../types';
import type { TextProblem } from './decodeText';
import { LineIndex, createLocator, findSlot, type Shadow } from './positionIndex';

/** Plain data (no functions), so a worker thread can hand it back. */
export interface ParsedParts {
  /** Plain JSON-like value; undefined for an empty file. */
  value: unknown;
  shadow: Shadow | undefined;
  /** Where the top-level value starts: missing top-level fields are reported there. */
  rootOffset: number;
  problems: TextProblem[];
}

export interface ParsedFile {
  value: unknown;
  /** False when the file had syntax errors: its value is a best guess and is not validated. */
  ok: boolean;
  problems: TextProblem[];
  locate: Locator;
  /** The characters of a number as written, e.g. `2021` for a year YAML read as a number. */
  sourceAt: (path: readonly PathSegment[]) => string | undefined;
}

export function toParsedFile(text: string, parts: ParsedParts): ParsedFile {
  const lines = new LineIndex(text);
  return {
    value: parts.value,
    ok: parts.problems.length === 0,
    problems: parts.problems,
    // The shadow is read only when something is reported: parts from JSON parse it then.
    locate: (path, key) => createLocator(lines, parts.shadow, parts.rootOffset)(path, key),
    sourceAt: (path) => {
      const { slot, complete } = findSlot(parts.shadow, path);
      return complete ? slot?.s : undefined;
    },
  };
}

/** Defines an own property, so a key named __proto__ stays an ordinary field. */
export function setField(map: Record<string, unknown>, name: string, value: unknown): void {
  if (name !== '__proto__') map[name] = value;
  else
    Object.defineProperty(map, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

/**
 * The parts as text (for the disk cache and from worker threads), or undefined when JSON cannot
 * hold them exactly (`.inf` and `.nan` parse to non-finite numbers): callers then keep the objects
 * themselves. Two JSON texts on two lines: the value with its problems, then the shadow, which
 * only a diagnostic reads; parseParts leaves it unparsed until then (it is half of the text, and
 * at 50,000 entities its objects held for the whole compile cost seconds of garbage collection).
 */
export function stringifyParts(parts: ParsedParts): string | undefined {
  const read = readFrom.get(parts);
  if (read !== undefined) return read;
  let exact = true;
  const checked = (_key: string, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) exact = false;
    return value;
  };
  const head = JSON.stringify(
    { value: parts.value, rootOffset: parts.rootOffset, problems: parts.problems },
    checked,
  );
  const shadow = JSON.stringify(parts.shadow ?? null);
  // JSON.stringify escapes every line break inside strings: the first one separates the two.
  return exact ? `${head}\n${shadow}` : undefined;
}

/** Parts read by parseParts, with their text: storing them again (a worker's parse, cached) reuses it. */
const readFrom = new WeakMap<ParsedParts, string>();

/** stringifyParts' text back to parts; the shadow is parsed on first read. */
export function parseParts(text: string): ParsedParts {
  const split = text.indexOf('\n');
  if (split === -1) throw new Error('parsed parts: expected two lines of JSON');
  const head = JSON.parse(text.slice(0, split)) as Omit<ParsedParts, 'shadow'>;
  let shadow: Shadow | undefined | null = null;
  let shadowText: string | undefined = text.slice(split + 1);
  const parts = Object.defineProperty({ ...head, shadow: undefined }, 'shadow', {
    enumerable: true,
    get(): Shadow | undefined {
      if (shadowText !== undefined) {
        shadow = (JSON.parse(shadowText) as Shadow | null) ?? undefined;
        shadowText = undefined;
      }
      return shadow ?? undefined;
    },
  });
  readFrom.set(parts, text);
  return parts;
}
