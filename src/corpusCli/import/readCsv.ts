// A spreadsheet exported as CSV → named cells with their row and column, or problems that say
// where. Rows are numbered as a spreadsheet numbers them: the header is row 1, and a cell with a
// line break in it still belongs to one row.
import { parse } from 'csv-parse/sync';
import { decodeText } from '../../compiler/parse/decodeText';
import { didYouMean } from '../../compiler/suggest';
import { columnLetter, normalizeHeader, type Column } from './columns';

/** Where a problem is: the CSV file as the user named it, its row and, when known, its column. */
export interface CellPlace {
  file: string;
  row: number;
  /** The column's name in the table, when the problem is in one cell. */
  column?: string;
}

export interface CsvProblem extends CellPlace {
  severity: 'error' | 'warning';
  message: string;
}

export interface CsvRow {
  row: number;
  /** Trimmed cell text by column name; empty cells are left out. */
  cells: Map<string, string>;
}

export interface CsvTable {
  file: string;
  rows: CsvRow[];
  /** Column name → its letter, for messages. */
  letters: Map<string, string>;
}

export function formatCellPlace(place: CellPlace, letters?: ReadonlyMap<string, string>): string {
  const letter = place.column === undefined ? undefined : letters?.get(place.column);
  const column =
    place.column === undefined
      ? ''
      : `, column ${letter ? `${letter} (${place.column})` : place.column}`;
  return `${place.file} row ${place.row}${column}`;
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter the header row uses most: spreadsheets in many locales export with `;`. */
function detectDelimiter(text: string): string {
  const header = text.split('\n', 1)[0] ?? '';
  const counts = DELIMITERS.map((d) => header.split(d).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? ',' : (DELIMITERS[counts.indexOf(best)] ?? ',');
}

export function readCsv(
  file: string,
  bytes: Uint8Array,
  columns: readonly Column[],
): { table?: CsvTable; problems: CsvProblem[] } {
  const error = (row: number, message: string, column?: string): CsvProblem => ({
    severity: 'error',
    file,
    row,
    ...(column === undefined ? {} : { column }),
    message,
  });
  // A byte-order mark is common in spreadsheet exports and harmless here: it is not copied.
  const decoded = decodeText(
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes,
  );
  if (decoded.text === undefined) {
    return { problems: decoded.problems.map((p) => error(p.pos.line, p.message)) };
  }
  let records: string[][];
  try {
    records = parse(decoded.text, {
      delimiter: detectDelimiter(decoded.text),
      relax_column_count: true,
    }) as string[][];
  } catch (thrown) {
    const csvError = thrown as { message?: string; records?: number; index?: number };
    const row = (csvError.records ?? 0) + 1;
    return {
      problems: [
        error(
          row,
          `${csvError.message ?? String(thrown)}: a cell with commas, quotes or line breaks is ` +
            'written in double quotes, each quote inside it doubled ("")',
        ),
      ],
    };
  }
  const [header, ...body] = records;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { problems: [error(1, `the first row must name the columns: ${names(columns)}`)] };
  }
  const problems: CsvProblem[] = [];
  const known = columns.map((c) => c.name);
  const letters = new Map<string, string>();
  const columnAt: (string | undefined)[] = header.map((cell, index) => {
    const name = normalizeHeader(cell);
    if (name === '') return undefined;
    if (!known.includes(name)) {
      problems.push(
        error(
          1,
          `unknown column "${cell.trim()}"${didYouMean(name, known)} in column ${columnLetter(index)}; ` +
            `the columns are: ${names(columns)}`,
        ),
      );
      return undefined;
    }
    if (letters.has(name)) {
      problems.push(
        error(
          1,
          `column "${name}" appears twice (${letters.get(name)} and ${columnLetter(index)})`,
        ),
      );
      return undefined;
    }
    letters.set(name, columnLetter(index));
    return name;
  });
  for (const column of columns) {
    if (column.required && !letters.has(column.name)) {
      problems.push(
        error(1, `missing column "${column.name}" (${column.meaning}): add it to the first row`),
      );
    }
  }
  const rows: CsvRow[] = [];
  body.forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push(
        error(
          row,
          `the row has ${record.length} cells but the first row names ${header.length} columns`,
        ),
      );
      return;
    }
    const cells = new Map<string, string>();
    record.forEach((cell, at) => {
      const name = columnAt[at];
      if (name !== undefined && cell.trim() !== '') cells.set(name, cell.trim());
    });
    rows.push({ row, cells });
  });
  return { table: { file, rows, letters }, problems };
}

function names(columns: readonly Column[]): string {
  return columns.map((c) => c.name).join(', ');
}
