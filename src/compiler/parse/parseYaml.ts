// YAML 1.2 (and JSON, a subset of it) → plain values plus a locator that finds the line:col of
// any path, so later stages can point at the exact field they reject.
import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node as YamlNode,
  type YAMLError,
} from 'yaml';
import type { Locator, Position } from '../diagnostics';
import type { PathSegment } from '../types';
import { positionAt, type TextProblem } from './decodeText';

export const YAML_OPTIONS = {
  schema: 'core',
  uniqueKeys: true,
  prettyErrors: true,
  strict: true,
} as const;

export interface ParsedYaml {
  /** Plain JSON-like value; undefined for an empty file. */
  value: unknown;
  /** False when the file had syntax errors: its value is a best guess and is not validated. */
  ok: boolean;
  problems: TextProblem[];
  locate: Locator;
  /** The characters of a scalar as written, e.g. `2021` for a year YAML read as a number. */
  sourceAt: (path: readonly PathSegment[]) => string | undefined;
}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter });
  const problems: TextProblem[] = [];
  const posOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  // parseAllDocuments returns an EmptyStream (an array) for empty input.
  const list = [...docs] as Document.Parsed[];
  const doc = list[0];
  for (const extra of list.slice(1)) {
    problems.push({
      pos: posOf(extra.range[0]),
      message:
        'a second YAML document starts here (after a `---` line): one file holds one document; ' +
        'remove the `---` line or move this part to a file of its own',
    });
  }
  const syntax = list.flatMap((d) => [...d.errors, ...d.warnings]);
  problems.push(...describeSyntaxErrors(syntax, text, posOf));
  const root = (doc?.contents ?? null) as YamlNode | null;
  // A file with syntax errors is not validated, so converting it would only add noise.
  const value = root === null ? undefined : toPlain(root, [], syntax.length > 0 ? [] : problems, posOf);
  const ok = problems.length === 0;
  const locate: Locator = (path, key) => {
    const found = walk(root, path);
    const offset = key ? (found.keyOffset ?? found.offset) : found.offset;
    return offset === undefined ? { line: 1, col: 1 } : posOf(offset);
  };
  const sourceAt = (path: readonly PathSegment[]): string | undefined => {
    const found = walk(root, path);
    return found.complete && isScalar(found.node) ? found.node.source : undefined;
  };
  return { value, ok, problems, locate, sourceAt };
}

interface WalkResult {
  node: YamlNode | null;
  offset: number | undefined;
  keyOffset: number | undefined;
  complete: boolean;
}

/** Follows the path as far as it exists; a missing field resolves to its parent's position. */
function walk(root: YamlNode | null, path: readonly PathSegment[]): WalkResult {
  let node = root;
  let keyOffset: number | undefined;
  for (const segment of path) {
    let next: YamlNode | null = null;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null;
        if (isScalar(key) && String(key.value) === String(segment)) {
          next = (pair.value as YamlNode | null) ?? key;
          keyOffset = key.range?.[0];
          break;
        }
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = (node.items[segment] as YamlNode | undefined) ?? null;
      keyOffset = undefined;
    }
    if (next === null) return { node, offset: node?.range?.[0], keyOffset: undefined, complete: false };
    node = next;
  }
  return { node, offset: node?.range?.[0], keyOffset, complete: true };
}

function toPlain(
  node: YamlNode,
  path: PathSegment[],
  problems: TextProblem[],
  posOf: (offset: number) => Position,
): unknown {
  const pos = posOf(node.range?.[0] ?? 0);
  if (isAlias(node)) {
    problems.push({
      pos,
      message: `alias *${node.source} is not supported: write the value out again instead of referring to an anchor`,
    });
    return null;
  }
  if (isMap(node)) {
    const entries: [string, unknown][] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as YamlNode | null;
      if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
        problems.push({
          pos: key?.range ? posOf(key.range[0]) : pos,
          message: 'mapping keys must be plain names, like `label:`',
        });
        continue;
      }
      const name = String(key.value);
      const value = pair.value as YamlNode | null;
      entries.push([name, value === null ? null : toPlain(value, [...path, name], problems, posOf)]);
    }
    // fromEntries defines own properties, so a key named __proto__ stays an ordinary field.
    return Object.fromEntries(entries);
  }
  if (isSeq(node)) {
    return node.items.map((item, i) =>
      item === null ? null : toPlain(item as YamlNode, [...path, i], problems, posOf),
    );
  }
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      return v;
    }
    problems.push({
      pos,
      message: 'unsupported YAML value (binary or tagged): write plain text, a number or a list',
    });
    return null;
  }
  return null;
}

/**
 * One error per line, reworded. Tab indentation confuses the parser into a cascade of other
 * errors, so when a line is indented with tabs only the tab errors are reported.
 */
function describeSyntaxErrors(
  errors: readonly YAMLError[],
  text: string,
  posOf: (offset: number) => Position,
): TextProblem[] {
  if (errors.length === 0) return [];
  const tabLines: TextProblem[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const indent = /^[ ]*\t/.exec(line);
    if (indent) {
      tabLines.push({
        pos: posOf(offset + indent[0].length - 1),
        message: 'tab used as indentation: YAML allows only spaces; indent with spaces',
      });
    }
    offset += line.length + 1;
  }
  if (tabLines.length > 0) return tabLines;
  const seenLines = new Set<number>();
  const problems: TextProblem[] = [];
  for (const error of errors) {
    const problem = describeYamlError(error, text, posOf);
    if (seenLines.has(problem.pos.line)) continue;
    seenLines.add(problem.pos.line);
    problems.push(problem);
  }
  return problems;
}

/** The yaml package's error, reworded with what to do about it. */
function describeYamlError(
  error: YAMLError,
  text: string,
  posOf: (offset: number) => Position,
): TextProblem {
  const offset = error.pos[0];
  const pos = posOf(offset);
  const original = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { pos, message: 'tab used as indentation: YAML allows only spaces; indent with spaces' };
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(text.slice(offset))?.[0].trim().replace(/^["']|["']$/g, '');
      return {
        pos,
        message: `duplicate key "${key ?? ''}": a key may appear only once in a mapping; remove or rename one`,
      };
    }
    case 'MISSING_CHAR':
      if (/quote/.test(original)) {
        const mark = original.includes("'") ? "'" : '"';
        const opening = text.lastIndexOf(mark, offset - 1);
        return {
          pos: opening >= 0 ? positionAt(text, opening) : pos,
          message:
            `unclosed ${mark} quote: the quoted value starting here never ends; add the closing ${mark}` +
            (mark === "'" ? " (inside '...' write '' for an apostrophe)" : ' (inside "..." write \\" for a quote mark)'),
        };
      }
      return { pos, message: `YAML syntax: ${original}; check the brackets and quotes around here` };
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        pos,
        message:
          `YAML syntax: ${original}; check the indentation (items of one list or mapping start at the ` +
          'same column) and quote values that contain ": "',
      };
    case 'BAD_DQ_ESCAPE':
      return {
        pos,
        message: `YAML syntax: ${original}; inside "..." a backslash starts an escape: write \\\\ or use '...'`,
      };
    case 'TAG_RESOLVE_FAILED':
      return { pos, message: `YAML: ${original}; remove the tag (the word starting with !)` };
    default:
      return { pos, message: `YAML syntax: ${original}` };
  }
}
