// The columns of the spreadsheets `npm run corpus -- import` reads. docs/corpus-tools.md lists
// them from this table; a header names them in any order, case and spacing aside.

export interface Column {
  name: string;
  required: boolean;
  /** Several values in one cell, separated by `;`. */
  list?: boolean;
  meaning: string;
}

export const LIST_SEPARATOR = ';';

export const ENTITY_COLUMNS: readonly Column[] = [
  { name: 'id', required: false, meaning: 'the entity id; made from the label when empty' },
  {
    name: 'type',
    required: true,
    meaning: 'organization, person, group, place, … (the entity types)',
  },
  { name: 'label', required: true, meaning: 'the name the sources use' },
  { name: 'aliases', required: false, list: true, meaning: 'other names the sources use' },
  { name: 'description', required: false, meaning: 'who or what it is, in a sentence or two' },
];

/** Relation columns; `quote` and the ones after it belong to the row's quote, not the relation. */
export const RELATION_COLUMNS: readonly Column[] = [
  {
    name: 'id',
    required: false,
    meaning:
      'the relation id; rows with the same id are one relation, each adding its quote; made from ' +
      'subject, predicate and object when empty',
  },
  { name: 'subject', required: true, meaning: 'an entity id, or the label of an entity' },
  { name: 'predicate', required: true, meaning: 'a built-in predicate or one of corpus.yaml' },
  { name: 'object', required: true, meaning: 'an entity id, or the label of an entity' },
  { name: 'date', required: false, meaning: 'EDTF date or interval, e.g. 2021-09, 2021/2022' },
  { name: 'date_basis', required: false, meaning: 'where the date comes from' },
  { name: 'date_relative_to', required: false, meaning: 'the source a relative date is read from' },
  {
    name: 'status',
    required: false,
    meaning: 'reported (default), attributed, opinion, document or inference',
  },
  {
    name: 'according_to',
    required: false,
    list: true,
    meaning: 'who asserts it: entity ids or labels',
  },
  { name: 'per_claim', required: false, meaning: 'the claim id it is the content of' },
  { name: 'credibility', required: false, meaning: 'Admiralty grade of the information, 1 to 6' },
  { name: 'note', required: false, meaning: 'free text; required with status inference' },
  {
    name: 'source',
    required: false,
    meaning: 'the id of the source quoted (required with a quote)',
  },
  { name: 'quote', required: false, meaning: 'the exact words, copied from the source text' },
  { name: 'prefix', required: false, meaning: 'text just before the quote, when it is not unique' },
  { name: 'suffix', required: false, meaning: 'text just after the quote, when it is not unique' },
  {
    name: 'quote_according_to',
    required: false,
    list: true,
    meaning: "who this quote is according to, when not the relation's or its source's",
  },
  {
    name: 'origin',
    required: false,
    meaning: "self for the source's own contribution, or the source or origin it relays",
  },
];

/** The columns that describe a row's quote rather than its relation. */
export const QUOTE_COLUMNS = new Set([
  'source',
  'quote',
  'prefix',
  'suffix',
  'quote_according_to',
  'origin',
]);

/** A header cell as a column name: `Quote according to` → `quote_according_to`. */
export function normalizeHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** A, B, …, Z, AA: how spreadsheets name the column at a 0-based index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
