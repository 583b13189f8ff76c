// Rows of the spreadsheets → entities and relations in the input format, each value remembering
// the cell it came from, so that whatever the compiler finds wrong can be told as a row and column.
import { slugify } from '../../compiler/validate/fieldPath';
import {
  ENTITY_COLUMNS,
  LIST_SEPARATOR,
  QUOTE_COLUMNS,
  RELATION_COLUMNS,
  type Column,
} from './columns';
import type { CellPlace, CsvProblem, CsvRow, CsvTable } from './readCsv';

/** Path in the generated file (`relations.2.evidence.0.exact`) → the cell it came from. */
export type CellMap = Map<string, CellPlace>;

export interface KnownEntity {
  id: string;
  label?: string | undefined;
  aliases?: readonly string[] | undefined;
}

export interface BuiltItems {
  items: Record<string, unknown>[];
  cells: CellMap;
}

/** Entities and relations already in the corpus, to resolve labels and keep new ids unique. */
export interface CorpusIds {
  entities: readonly KnownEntity[];
  /** Every id in use: entities, relations, claims. */
  ids: ReadonlySet<string>;
}

const list = (text: string | undefined): string[] =>
  (text ?? '')
    .split(LIST_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== '');

/** `base`, or `base-2`, `base-3`… whichever is free; the chosen id is then taken. */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Looks an entity up by id, label or alias (labels first case-sensitive, then not). */
function entityResolver(entities: readonly KnownEntity[]): (text: string) => string {
  const ids = new Set(entities.map((e) => e.id));
  const byName = new Map<string, string>();
  const byLowerName = new Map<string, string | null>();
  for (const entity of entities) {
    for (const name of [entity.label, ...(entity.aliases ?? [])]) {
      if (name === undefined) continue;
      if (!byName.has(name)) byName.set(name, entity.id);
      const lower = name.toLowerCase();
      // A name two entities share in lower case resolves to neither.
      byLowerName.set(
        lower,
        byLowerName.has(lower) && byLowerName.get(lower) !== entity.id ? null : entity.id,
      );
    }
  }
  return (text) => {
    if (ids.has(text)) return text;
    return byName.get(text) ?? byLowerName.get(text.toLowerCase()) ?? text;
  };
}

/** An empty cell a row needs: a problem saying what to write there. */
function emptyCells(
  columns: readonly Column[],
  names: readonly string[],
  values: ReadonlyMap<string, string>,
  place: (column: string) => CellPlace,
): CsvProblem[] {
  return columns
    .filter((column) => names.includes(column.name) && !values.has(column.name))
    .map((column) => ({
      severity: 'error' as const,
      ...place(column.name),
      message: `empty: write ${column.meaning}`,
    }));
}

export function buildEntities(
  table: CsvTable,
  taken: Set<string>,
): BuiltItems & { known: KnownEntity[]; problems: CsvProblem[] } {
  const items: Record<string, unknown>[] = [];
  const cells: CellMap = new Map();
  const known: KnownEntity[] = [];
  const problems: CsvProblem[] = [];
  for (const { row, cells: values } of table.rows) {
    const path = `entities.${items.length}`;
    const place = (column: string): CellPlace => ({ file: table.file, row, column });
    problems.push(...emptyCells(ENTITY_COLUMNS, ['type', 'label'], values, place));
    const label = values.get('label');
    const given = values.get('id');
    const id = given ?? uniqueId(slugify(label ?? 'entity', 60), taken);
    if (given !== undefined) taken.add(given);
    const aliases = list(values.get('aliases'));
    const item: Record<string, unknown> = { id, type: values.get('type'), label };
    if (aliases.length > 0) item.aliases = aliases;
    if (values.has('description')) item.description = values.get('description');
    items.push(item);
    cells.set(path, place(values.has('id') ? 'id' : 'label'));
    // An id made from the label is the label's doing.
    cells.set(`${path}.id`, place(given === undefined ? 'label' : 'id'));
    for (const column of ['type', 'label', 'aliases', 'description']) {
      cells.set(`${path}.${column}`, place(column));
    }
    aliases.forEach((_, k) => cells.set(`${path}.aliases.${k}`, place('aliases')));
    known.push({ id, label, aliases });
  }
  return { items, cells, known, problems };
}

const RELATION_FIELDS = RELATION_COLUMNS.map((c) => c.name).filter(
  (name) => name !== 'id' && !QUOTE_COLUMNS.has(name),
);

export function buildRelations(
  table: CsvTable,
  entities: readonly KnownEntity[],
  taken: Set<string>,
): BuiltItems & { problems: CsvProblem[] } {
  const resolve = entityResolver(entities);
  const items: Record<string, unknown>[] = [];
  const cells: CellMap = new Map();
  const problems: CsvProblem[] = [];
  /** Relation id → its item's index and the row that gave its fields. */
  const byId = new Map<string, { index: number; first: CsvRow }>();

  for (const current of table.rows) {
    const { row, cells: values } = current;
    const place = (column: string): CellPlace => ({ file: table.file, row, column });
    const given = values.get('id');
    let entry = given === undefined ? undefined : byId.get(given);
    if (entry === undefined) {
      problems.push(
        ...emptyCells(RELATION_COLUMNS, ['subject', 'predicate', 'object'], values, place),
      );
      const subject = resolveRef(values.get('subject'), resolve);
      const object = resolveRef(values.get('object'), resolve);
      const predicate = values.get('predicate');
      const id = given ?? uniqueId(slugify(`${subject} ${predicate ?? ''} ${object}`, 70), taken);
      if (given !== undefined) taken.add(given);
      entry = { index: items.length, first: current };
      byId.set(id, entry);
      const path = `relations.${entry.index}`;
      const item: Record<string, unknown> = { id, subject, predicate, object };
      cells.set(path, place(values.has('id') ? 'id' : 'subject'));
      cells.set(`${path}.id`, place(values.has('id') ? 'id' : 'subject'));
      for (const field of ['subject', 'predicate', 'object'])
        cells.set(`${path}.${field}`, place(field));
      for (const field of RELATION_FIELDS) {
        const value = relationValue(field, values.get(field), resolve);
        if (value === undefined) continue;
        item[field] = value;
        cells.set(`${path}.${field}`, place(field));
        if (Array.isArray(value))
          value.forEach((_, k) => cells.set(`${path}.${field}.${k}`, place(field)));
      }
      items.push(item);
    } else {
      // A further row of a relation: its fields are the first row's; it only adds a quote.
      for (const field of RELATION_FIELDS) {
        const value = values.get(field);
        const first = entry.first.cells.get(field);
        if (value !== undefined && value !== first) {
          problems.push({
            severity: 'error',
            ...place(field),
            message:
              `"${value}" differs from row ${entry.first.row} (${first === undefined ? 'empty' : `"${first}"`}): ` +
              `rows with the same id are one relation, whose ${field} is given once, in its first row; ` +
              'leave it empty here or give this row another id',
          });
        }
      }
    }
    const item = items[entry.index] as Record<string, unknown>;
    const quote = values.get('quote');
    const source = values.get('source');
    if (quote === undefined && source === undefined) continue;
    if (quote === undefined || source === undefined) {
      const missing = quote === undefined ? 'quote' : 'source';
      problems.push({
        severity: 'error',
        ...place(missing),
        message:
          missing === 'quote'
            ? 'the row names a source but no quote: copy the exact words from the source text'
            : 'the row has a quote but no source: give the id of the source it is from',
      });
      continue;
    }
    const evidence = (item.evidence ??= []) as Record<string, unknown>[];
    const quotePath = `relations.${entry.index}.evidence.${evidence.length}`;
    const evidenceItem: Record<string, unknown> = { source, exact: quote };
    cells.set(quotePath, place('quote'));
    cells.set(`${quotePath}.source`, place('source'));
    cells.set(`${quotePath}.exact`, place('quote'));
    for (const [column, field] of [
      ['prefix', 'prefix'],
      ['suffix', 'suffix'],
      ['origin', 'origin'],
      ['quote_according_to', 'according_to'],
    ] as const) {
      const text = values.get(column);
      if (text === undefined) continue;
      evidenceItem[field] = column === 'quote_according_to' ? references(text, resolve) : text;
      cells.set(`${quotePath}.${field}`, place(column));
    }
    evidence.push(evidenceItem);
  }
  return { items, cells, problems };
}

function resolveRef(
  text: string | undefined,
  resolve: (text: string) => string,
): string | undefined {
  return text === undefined ? undefined : resolve(text);
}

/** One id as a string, several as a list (`according_to: a` or `according_to: [a, b]`). */
function references(text: string, resolve: (text: string) => string): string | string[] {
  const ids = list(text).map(resolve);
  return ids.length === 1 ? (ids[0] as string) : ids;
}

function relationValue(
  field: string,
  text: string | undefined,
  resolve: (text: string) => string,
): unknown {
  if (text === undefined) return undefined;
  if (field === 'subject' || field === 'object' || field === 'predicate') return undefined;
  if (field === 'according_to') return references(text, resolve);
  // A grade is a number in the format; anything else is left for the compiler to explain.
  if (field === 'credibility' && /^\d+$/.test(text)) return Number(text);
  return text;
}
