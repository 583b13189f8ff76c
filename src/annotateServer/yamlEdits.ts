// Edits to an annotation file that touch only the item they are about. The yaml package's document
// API finds the item and renders it; the rest of the file is copied byte for byte, so comments,
// key order, quoting, flow style and line folding elsewhere stay exactly as the annotator wrote them
// (re-printing the whole document would re-fold long lines and re-space flow lists).
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type YAMLMap,
  YAMLSeq,
  type Node,
  type Pair,
} from 'yaml';
import type { AnnotationSection } from '../schema/annotationProtocol';

const SECTIONS: readonly AnnotationSection[] = ['entities', 'relations', 'claims'];
// As Prettier writes YAML (the corpus is formatted with it): single quotes, unfolded lines.
const RENDER = { lineWidth: 0, singleQuote: true } as const;

/** An edit that cannot be made; the message says why and what to do. */
export class AnnotationEditError extends Error {}

type Item = object;

/** A new item at the end of `section` (created, at the end of the file, when absent). */
export function appendItem(text: string, section: AnnotationSection, item: Item): string {
  const doc = parseAnnotationDocument(text);
  const pair = topLevelPair(doc, section);
  const node = new Document(item).contents as Node;
  if (!pair) {
    const head = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    return `${head}${section}:\n${renderSeqItem(node, 2)}`;
  }
  const seq = pair.value;
  if (isSeq(seq) && !seq.flow && seq.items.length > 0) {
    const last = seq.items[seq.items.length - 1] as Node;
    const { indent } = dashLine(text, last);
    const end = endOfNode(text, last);
    const before = text.slice(0, end);
    return `${before}${before.endsWith('\n') ? '' : '\n'}${renderSeqItem(node, indent)}${text.slice(end)}`;
  }
  if (seq !== null && !isEmptyValue(seq)) {
    throw new AnnotationEditError(
      `${section} is not a list: make it one (${section}: followed by "- " items)`,
    );
  }
  // `relations:` or `relations: []`: the key's line becomes the head of a block list.
  const key = pair.key as Node;
  const lineStart = startOfLine(text, rangeOf(key)[0]);
  const keyIndent = rangeOf(key)[0] - lineStart;
  const lineEnd = endOfLine(text, seq ? rangeOf(seq as Node)[1] : rangeOf(key)[1]);
  const head = `${' '.repeat(keyIndent)}${section}:\n`;
  return text.slice(0, lineStart) + head + renderSeqItem(node, keyIndent + 2) + text.slice(lineEnd);
}

/**
 * Sets each field (null removes it). Only the pairs named are rendered anew; every other pair of
 * the item, with the comments above it, is copied from the file as it is.
 */
export function setFields(text: string, id: string, fields: Record<string, unknown>): string {
  const doc = parseAnnotationDocument(text);
  const found = findItemNode(doc, id);
  if (!found)
    throw new AnnotationEditError(`no entity, relation or claim with id ${id} in this file`);
  const { lineStart } = dashLine(text, found.node);
  const itemEnd = endOfNode(text, found.node);
  const pending = new Map(Object.entries(fields).filter(([key]) => key !== 'id'));
  let out = '';
  let copiedTo = lineStart;
  let keyIndent = 0;
  for (const pair of found.node.items) {
    const key = pair.key as Node;
    const name = isScalar(key) ? String(key.value) : '';
    const keyStart = rangeOf(key)[0];
    const lead = text.slice(startOfLine(text, keyStart), keyStart);
    keyIndent = lead.length;
    const pairEnd = endOfLine(
      text,
      Math.max(rangeOf((pair.value as Node | null) ?? key)[2] - 1, keyStart),
    );
    if (!pending.has(name)) {
      out += text.slice(copiedTo, pairEnd);
    } else {
      const value = pending.get(name);
      pending.delete(name);
      // The comment lines above the pair stay; the pair's own lines are replaced or dropped.
      out += text.slice(copiedTo, startOfLine(text, keyStart));
      if (value !== null && value !== undefined) out += renderPair(name, value, lead, keyIndent);
      else if (/-/.test(lead))
        throw new AnnotationEditError(`${name} of ${id} cannot be removed here`);
    }
    copiedTo = pairEnd;
  }
  out += text.slice(copiedTo, itemEnd);
  for (const [name, value] of pending) {
    if (value !== null && value !== undefined)
      out += renderPair(name, value, ' '.repeat(keyIndent), keyIndent);
  }
  return text.slice(0, lineStart) + out + text.slice(itemEnd);
}

/** Adds one entry to a list field of the item (`evidence`, `mentions`), creating the list. */
export function appendToList(text: string, id: string, key: string, entry: Item): string {
  const doc = parseAnnotationDocument(text);
  const found = findItemNode(doc, id);
  if (!found)
    throw new AnnotationEditError(`no entity, relation or claim with id ${id} in this file`);
  const list = found.node.get(key, true) as Node | undefined;
  if (list === undefined || isEmptyValue(list)) return setFields(text, id, { [key]: [entry] });
  if (!isSeq(list) || list.flow) {
    throw new AnnotationEditError(`${key} of ${id} is not a block list ("- " items): make it one`);
  }
  const last = list.items[list.items.length - 1] as Node;
  const { indent } = dashLine(text, last);
  const end = endOfNode(text, last);
  const node = new Document(entry).contents as Node;
  return text.slice(0, end) + renderSeqItem(node, indent) + text.slice(end);
}

/** Removes the item's lines; the comment lines above it stay (they may introduce the next one). */
export function deleteItem(text: string, id: string): string {
  const doc = parseAnnotationDocument(text);
  const found = findItemNode(doc, id);
  if (!found)
    throw new AnnotationEditError(`no entity, relation or claim with id ${id} in this file`);
  const { lineStart } = dashLine(text, found.node);
  return text.slice(0, lineStart) + text.slice(endOfNode(text, found.node));
}

/** The item with this id as plain data, and which section holds it. */
export function readItem(
  text: string,
  id: string,
): { section: AnnotationSection; fields: Record<string, unknown> } | undefined {
  const found = findItemNode(parseAnnotationDocument(text), id);
  if (!found) return undefined;
  return { section: found.section, fields: found.node.toJSON() as Record<string, unknown> };
}

/** Whether the file defines this id (cheap enough for a corpus's few hundred files). */
export function definesId(text: string, id: string): boolean {
  try {
    return findItemNode(parseAnnotationDocument(text), id) !== undefined;
  } catch {
    return false;
  }
}

function parseAnnotationDocument(text: string): Document.Parsed {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const problem = doc.errors[0];
  if (problem) {
    throw new AnnotationEditError(
      `the file has a YAML error (${problem.message.split('\n')[0] ?? ''}): fix it in an editor first`,
    );
  }
  if (doc.contents !== null && !isMap(doc.contents) && !isEmptyValue(doc.contents)) {
    throw new AnnotationEditError('the file is not a mapping of entities, relations and claims');
  }
  return doc;
}

function topLevelPair(doc: Document.Parsed, key: string): Pair | undefined {
  if (!isMap(doc.contents)) return undefined;
  return doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

function findItemNode(
  doc: Document.Parsed,
  id: string,
): { section: AnnotationSection; node: YAMLMap } | undefined {
  for (const section of SECTIONS) {
    const seq = topLevelPair(doc, section)?.value;
    if (!isSeq(seq)) continue;
    for (const node of seq.items) {
      if (isMap(node) && node.get('id') === id) {
        if (seq.flow || node.flow) {
          throw new AnnotationEditError(
            `${id} is written in flow style ({…} or […]): write it as a block item to edit it here`,
          );
        }
        return { section, node };
      }
    }
  }
  return undefined;
}

/** `key: value`, its first line after `lead`, the others indented under the key. */
function renderPair(key: string, value: unknown, lead: string, indent: number): string {
  const lines = new Document({ [key]: value }).toString(RENDER).replace(/\n$/, '').split('\n');
  const pad = ' '.repeat(indent);
  return (
    lines.map((line, i) => (i === 0 ? lead + line : line === '' ? line : pad + line)).join('\n') +
    '\n'
  );
}

/** `- ` then the item, every line indented as the list's other items. */
function renderSeqItem(node: Node | YAMLMap, indent: number): string {
  const holder = new Document(new YAMLSeq());
  (holder.contents as YAMLSeq).items.push(node);
  const pad = ' '.repeat(indent);
  const lines = holder.toString(RENDER).replace(/\n$/, '').split('\n');
  return lines.map((line) => (line === '' ? line : pad + line)).join('\n') + '\n';
}

function isEmptyValue(node: unknown): boolean {
  if (isScalar(node)) return node.value === null || node.value === '';
  return isSeq(node) && node.items.length === 0;
}

function rangeOf(node: Node): [number, number, number] {
  if (!node.range) throw new AnnotationEditError('internal: a parsed node without its position');
  return node.range;
}

/** The line of the item's `- `, and the column of the dash. */
function dashLine(text: string, node: Node): { lineStart: number; indent: number } {
  const start = rangeOf(node)[0];
  const lineStart = startOfLine(text, start);
  const lead = text.slice(lineStart, start);
  const match = /^( *)- +$/.exec(lead);
  if (!match) {
    throw new AnnotationEditError(
      'the item does not start on a line of its own ("- id: …"): reformat it in an editor first',
    );
  }
  return { lineStart, indent: match[1]?.length ?? 0 };
}

function endOfNode(text: string, node: Node): number {
  return endOfLine(text, Math.max(rangeOf(node)[2] - 1, rangeOf(node)[0]));
}

function startOfLine(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Just past the newline that ends the line holding `at` (or the end of the text). */
function endOfLine(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline + 1;
}
