import { describe, expect, it } from 'vitest';
import { ENTITY_COLUMNS, RELATION_COLUMNS, columnLetter, normalizeHeader } from './columns';
import { formatCellPlace, readCsv } from './readCsv';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('columns', () => {
  it('are named as spreadsheets name them', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(normalizeHeader('  Quote according-to ')).toBe('quote_according_to');
  });
});

describe('readCsv', () => {
  it('numbers rows as a spreadsheet does: the header is row 1, a cell with a line break one row', () => {
    const { table, problems } = readCsv(
      'e.csv',
      bytes('Label,Type,id\n"Alice\nSmith",person,\n\nBob,person,bob\n'),
      ENTITY_COLUMNS,
    );
    expect(problems).toEqual([]);
    expect(table?.rows.map((r) => [r.row, Object.fromEntries(r.cells)])).toEqual([
      [2, { label: 'Alice\nSmith', type: 'person' }],
      [4, { label: 'Bob', type: 'person', id: 'bob' }],
    ]);
    expect(table?.letters).toEqual(
      new Map([
        ['label', 'A'],
        ['type', 'B'],
        ['id', 'C'],
      ]),
    );
  });

  it('reads spreadsheets exported with semicolons or tabs, and a byte-order mark', () => {
    for (const text of [
      '\ufefflabel;type\nA, Inc.;organization\n',
      'label\ttype\nA, Inc.\torganization\n',
    ]) {
      const { table, problems } = readCsv('e.csv', bytes(text), ENTITY_COLUMNS);
      expect(problems).toEqual([]);
      expect(table?.rows[0]?.cells.get('label')).toBe('A, Inc.');
    }
  });

  it('names an unknown column with a suggestion, and a missing required one', () => {
    const { problems } = readCsv(
      'r.csv',
      bytes('subject,predicat,objet\na,owns,b\n'),
      RELATION_COLUMNS,
    );
    expect(problems.map((p) => `${formatCellPlace(p)}: ${p.message}`)).toEqual([
      'r.csv row 1: unknown column "predicat" (did you mean "predicate"?) in column B; the columns ' +
        `are: ${RELATION_COLUMNS.map((c) => c.name).join(', ')}`,
      'r.csv row 1: unknown column "objet" (did you mean "object"?) in column C; the columns ' +
        `are: ${RELATION_COLUMNS.map((c) => c.name).join(', ')}`,
      'r.csv row 1: missing column "predicate" (a built-in predicate or one of corpus.yaml): add ' +
        'it to the first row',
      'r.csv row 1: missing column "object" (an entity id, or the label of an entity): add it to ' +
        'the first row',
    ]);
  });

  it('reports a row with more cells than columns, a repeated column, and a broken quote', () => {
    expect(
      readCsv('e.csv', bytes('label,type\nA,person,extra\n'), ENTITY_COLUMNS).problems,
    ).toEqual([
      {
        severity: 'error',
        file: 'e.csv',
        row: 2,
        message: 'the row has 3 cells but the first row names 2 columns',
      },
    ]);
    expect(
      readCsv('e.csv', bytes('label,type,label\nA,person,B\n'), ENTITY_COLUMNS).problems[0]
        ?.message,
    ).toBe('column "label" appears twice (A and C)');
    const broken = readCsv(
      'e.csv',
      bytes('label,type\nA,person\n"B,person\nC,person\n'),
      ENTITY_COLUMNS,
    );
    expect(broken.table).toBeUndefined();
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]?.row).toBe(3);
    expect(broken.problems[0]?.message).toMatch(
      /^Quote Not Closed.*: a cell with commas, quotes or line breaks is written in double quotes/,
    );
  });

  it('says where a cell is, with its letter', () => {
    const letters = new Map([['quote', 'H']]);
    expect(formatCellPlace({ file: 'r.csv', row: 4, column: 'quote' }, letters)).toBe(
      'r.csv row 4, column H (quote)',
    );
    expect(formatCellPlace({ file: 'r.csv', row: 4 })).toBe('r.csv row 4');
  });
});
