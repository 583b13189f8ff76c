// Messages for a required field that is missing or empty: they name the item by its id (an index
// alone is hard to find in a long file) and say what to write, never to remove a field the item
// cannot do without.
import type { PathSegment } from '../types';
import { ENTITY_TYPES } from '../../schema/vocabulary';
import { formatPath, slugify, valueAt } from './fieldPath';

/** The item kind a list holds, to name an item: `relations[2]` is a relation. */
const ITEM_KINDS: Record<string, string> = {
  entities: 'entity',
  relations: 'relation',
  claims: 'claim',
  origins: 'origin',
  predicates: 'predicate',
  evidence: 'quote',
  mentions: 'mention',
  readings: 'reading',
  estimated_date_evidence: 'passage',
};

/** What to write in each required field, by `kind.field`, else by field. */
const WHAT_TO_WRITE: Record<string, string> = {
  type: `the kind of thing it is, one of: ${ENTITY_TYPES.filter((t) => t !== 'claim').join(', ')}`,
  'entity.label': 'the name the sources use for it',
  'claim.label': 'a short label for the graph',
  'predicate.label': 'how the relation reads from subject to object, e.g. "lobbied"',
  statement: 'what is claimed, in a sentence',
  subject: 'the id of the entity or claim the relation starts from',
  predicate: 'a predicate of the vocabulary (docs/data-format.md, Predicates) or of corpus.yaml',
  object: 'the id of the entity or claim the relation points to',
  evidence: 'at least one quote, e.g. "- { source: <source id>, exact: <the words quoted> }"',
  source: 'the id of the source (its file name in sources/, without .yaml)',
  exact: 'the words quoted, copied from the source text as they are',
  title: "the title as published (a source's, or the report's as it is known)",
  detail: 'what the sources differ on',
  reads: 'how that source puts it',
};

/**
 * `missing required field "label" in entity "bob" (entities[1]): add label: with the name …`.
 * `root` is the validated value, `basePath` where it sits in its file, `path` the field in it.
 */
export function describeMissingField(
  root: unknown,
  basePath: readonly PathSegment[],
  path: readonly PathSegment[],
): string {
  const field = String(path.at(-1));
  const where = describeContainer(root, basePath, path.slice(0, -1));
  return (
    `missing required field "${field}"${where ? ` in ${where}` : ''}: ` +
    `add "${field}: …" with ${whatToWrite(root, basePath, path)}`
  );
}

/** `label in entity "bob" (entities[1]) is empty: write the name …`. */
export function describeEmptyField(
  root: unknown,
  basePath: readonly PathSegment[],
  path: readonly PathSegment[],
): string {
  const field = String(path.at(-1));
  const where = describeContainer(root, basePath, path.slice(0, -1));
  return `${field}${where ? ` in ${where}` : ''} is empty: write ${whatToWrite(root, basePath, path)}`;
}

function whatToWrite(
  root: unknown,
  basePath: readonly PathSegment[],
  path: readonly PathSegment[],
): string {
  const field = String(path.at(-1));
  if (field === 'id') {
    const container = valueAt(root, path.slice(0, -1));
    return `a lowercase slug unique in the corpus, e.g. "${exampleId(container)}"`;
  }
  const kind = kindAt([...basePath, ...path.slice(0, -1)]);
  return WHAT_TO_WRITE[`${kind}.${field}`] ?? WHAT_TO_WRITE[field] ?? 'a value';
}

/**
 * `entity "bob" (entities[1])`, `quote evidence[0] of relation "x" (relations[3])`, or the bare
 * path when no enclosing item has an id; '' at the top of a file.
 */
function describeContainer(
  root: unknown,
  basePath: readonly PathSegment[],
  path: readonly PathSegment[],
): string {
  const full = [...basePath, ...path];
  if (full.length === 0) return '';
  // The innermost item with an id, along the way from the top of the file.
  for (let end = path.length; end >= 0; end -= 1) {
    const id = idOf(valueAt(root, path.slice(0, end)));
    if (id === undefined) continue;
    const itemPath = [...basePath, ...path.slice(0, end)];
    const item = `${kindAt(itemPath) ?? 'item'} "${id}" (${formatPath(itemPath)})`;
    if (end === path.length) return item;
    return `${formatPath(path.slice(end))} of ${item}`;
  }
  return formatPath(full);
}

function kindAt(path: readonly PathSegment[]): string | undefined {
  const [list, index] = path.slice(-2);
  return typeof list === 'string' && typeof index === 'number' ? ITEM_KINDS[list] : undefined;
}

function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || !('id' in value)) return undefined;
  return typeof value.id === 'string' && value.id.trim() !== '' ? value.id : undefined;
}

/** An id made from the item's label, title or statement, to copy or adapt. */
function exampleId(item: unknown): string {
  const record = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
  const name = [record.label, record.title, record.statement].find((v) => typeof v === 'string');
  return slugify(String(name ?? ''), 40);
}
