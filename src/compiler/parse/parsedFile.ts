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
  return {
    value: parts.value,
    ok: parts.problems.length === 0,
    problems: parts.problems,
    locate: createLocator(new LineIndex(text), parts.shadow, parts.rootOffset),
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
 * The parts as JSON, or undefined when JSON cannot hold them exactly (`.inf` and `.nan` parse to
 * non-finite numbers): callers then keep the objects themselves.
 */
export function stringifyParts(parts: ParsedParts): string | undefined {
  let exact = true;
  const json = JSON.stringify(parts, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) exact = false;
    return value;
  });
  return exact ? json : undefined;
}
