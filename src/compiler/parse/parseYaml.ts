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
import type { Position } from '../diagnostics';
import { positionAt, type TextProblem } from './decodeText';
import { setField, toParsedFile, type ParsedFile, type ParsedParts } from './parsedFile';
import type { Shadow, Slot } from './positionIndex';

export const YAML_OPTIONS = {
  schema: 'core',
  uniqueKeys: true,
  prettyErrors: true,
  strict: true,
} as const;

export function parseYaml(text: string): ParsedFile {
  return toParsedFile(text, parseYamlParts(text));
}

export function parseYamlParts(text: string): ParsedParts {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter });
  const problems: TextProblem[] = [];
  const posOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  // parseAllDocuments returns an EmptyStream (an array) for empty input.
  const list = [...docs] as Document.Parsed[];
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
  const root = (list[0]?.contents ?? null) as YamlNode | null;
  // A file with syntax errors is not validated, so problems converting it would only add noise.
  const converter = { problems: syntax.length > 0 ? [] : problems, posOf };
  const converted = root === null ? undefined : toPlain(root, converter);
  return {
    value: converted?.value,
    shadow: converted?.shadow,
    rootOffset: root?.range?.[0] ?? 0,
    problems,
  };
}

interface Converter {
  problems: TextProblem[];
  posOf: (offset: number) => Position;
}

interface Converted {
  value: unknown;
  shadow?: Shadow;
}

/** The yaml node tree → plain values, with a shadow tree of where each field and item was. */
function toPlain(node: YamlNode, c: Converter): Converted {
  const start = node.range?.[0] ?? 0;
  if (isAlias(node)) {
    c.problems.push({
      pos: c.posOf(start),
      message: `alias *${node.source} is not supported: write the value out again instead of referring to an anchor`,
    });
    return { value: null };
  }
  if (isMap(node)) {
    const map: Record<string, unknown> = {};
    const fields: [string, Slot][] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as YamlNode | null;
      if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
        c.problems.push({
          pos: c.posOf(key?.range?.[0] ?? start),
          message: 'mapping keys must be plain names, like `label:`',
        });
        continue;
      }
      const name = String(key.value);
      const valueNode = pair.value as YamlNode | null;
      const keyOffset = key.range?.[0] ?? start;
      const child = valueNode === null ? { value: null } : toPlain(valueNode, c);
      setField(map, name, child.value);
      fields.push([name, { k: keyOffset, ...slotOf(valueNode, keyOffset, child) }]);
    }
    return { value: map, shadow: { f: fields } };
  }
  if (isSeq(node)) {
    const list: unknown[] = [];
    const items: Slot[] = [];
    for (const item of node.items) {
      const itemNode = item as YamlNode | null;
      const child = itemNode === null ? { value: null } : toPlain(itemNode, c);
      list.push(child.value);
      items.push(slotOf(itemNode, start, child));
    }
    return { value: list, shadow: { i: items } };
  }
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      return { value: v };
    }
    c.problems.push({
      pos: c.posOf(start),
      message: 'unsupported YAML value (binary or tagged): write plain text, a number or a list',
    });
  }
  return { value: null };
}

function slotOf(node: YamlNode | null, fallback: number, child: Converted): Slot {
  const slot: Slot = { v: node?.range?.[0] ?? fallback };
  if (child.shadow) slot.c = child.shadow;
  if (isScalar(node) && typeof node.value === 'number' && node.source !== undefined)
    slot.s = node.source;
  return slot;
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
      return {
        pos,
        message: 'tab used as indentation: YAML allows only spaces; indent with spaces',
      };
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/
        .exec(text.slice(offset))?.[0]
        .trim()
        .replace(/^["']|["']$/g, '');
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
            (mark === "'"
              ? " (inside '...' write '' for an apostrophe)"
              : ' (inside "..." write \\" for a quote mark)'),
        };
      }
      return {
        pos,
        message: `YAML syntax: ${original}; check the brackets and quotes around here`,
      };
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
