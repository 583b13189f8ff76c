// `npm run corpus -- import DIR [--entities E.csv] [--relations R.csv]`: spreadsheets → annotation
// files. The generated files are compiled with the rest of the corpus first, so quotes are
// anchored and every rule checked as for any evidence; each problem is told as the CSV's file, row
// and column, and nothing is written unless the corpus then compiles.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { compileCorpus } from '../../compiler/compileCorpus';
import {
  describeCompiledCorpus,
  formatCorpusDiagnostics,
  plural,
} from '../../compiler/corpusReport';
import { formatDiagnostic } from '../../compiler/diagnostics';
import { readCorpusDir } from '../../compiler/readCorpusDir';
import type { CorpusFiles, Diagnostic } from '../../compiler/types';
import { RefusedError, SCHEMAS_PATH, shown, writeNewFiles, type Io } from '../files';
import { schemaModeline } from '../schemas/modeline';
import {
  buildEntities,
  buildRelations,
  type CellMap,
  type CorpusIds,
  type KnownEntity,
} from './buildAnnotations';
import { ENTITY_COLUMNS, RELATION_COLUMNS } from './columns';
import {
  formatCellPlace,
  readCsv,
  type CellPlace,
  type CsvProblem,
  type CsvTable,
} from './readCsv';
import { pathLocator, renderYaml } from './yamlPaths';

export interface ImportOptions {
  dir: string;
  entities?: string | undefined;
  relations?: string | undefined;
}

interface Generated {
  /** Path in the corpus folder, e.g. annotations/people.yaml. */
  file: string;
  text: string;
  cells: CellMap;
  table: CsvTable;
  count: string;
}

export async function importSpreadsheets(options: ImportOptions, io: Io): Promise<number> {
  const root = resolve(io.cwd, options.dir);
  const name = shown(root, io.cwd);
  const fail = (message: string): number => {
    io.err(`${message}\n`);
    return 1;
  };
  if (options.entities === undefined && options.relations === undefined) {
    return fail('nothing to import: give --entities FILE.csv, --relations FILE.csv or both');
  }
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) {
    return fail(`no corpus folder at ${name}: create one with npm run corpus -- new ${name}`);
  }
  const corpusFiles = await readCorpusDir(root);
  // The corpus must be sound on its own: otherwise its problems would be mistaken for the import's.
  const before = compileCorpus(corpusFiles);
  if (!before.graph) {
    return fail(
      `${formatCorpusDiagnostics(
        name,
        before.diagnostics.filter((d) => d.severity === 'error'),
      )}\n` + 'The corpus has errors of its own: fix them first; nothing was imported.',
    );
  }
  const corpus = corpusIds(corpusFiles);
  const taken = new Set(corpus.ids);
  const problems: CsvProblem[] = [];
  const letters = new Map<string, ReadonlyMap<string, string>>();
  const tables: { entities?: CsvTable; relations?: CsvTable } = {};
  for (const kind of ['entities', 'relations'] as const) {
    const path = options[kind];
    if (path === undefined) continue;
    const bytes = await readFile(resolve(io.cwd, path)).catch(() => undefined);
    if (bytes === undefined) return fail(`cannot read ${path}: is the path right?`);
    const read = readCsv(path, bytes, kind === 'entities' ? ENTITY_COLUMNS : RELATION_COLUMNS);
    problems.push(...read.problems);
    if (read.table) {
      tables[kind] = read.table;
      letters.set(path, read.table.letters);
    }
  }
  const generated: Generated[] = [];
  let known: KnownEntity[] = [...corpus.entities];
  if (tables.entities) {
    const built = buildEntities(tables.entities, taken);
    problems.push(...built.problems);
    known = [...built.known, ...known];
    generated.push(generatedFile(root, tables.entities, 'entities', built.items, built.cells));
  }
  if (tables.relations) {
    const built = buildRelations(tables.relations, known, taken);
    problems.push(...built.problems);
    const quotes = built.items.reduce(
      (n, item) => n + ((item.evidence as unknown[] | undefined)?.length ?? 0),
      0,
    );
    const file = generatedFile(root, tables.relations, 'relations', built.items, built.cells);
    file.count += ` (${plural(quotes, 'quote')})`;
    generated.push(file);
  }
  const [first, second] = generated;
  if (first && second && first.file === second.file) {
    return fail(`both spreadsheets would become ${name}/${first.file}: rename one of them`);
  }

  // Refused before compiling: the generated file would otherwise stand in for the corpus's own.
  const existing = generated.filter((g) => g.file in corpusFiles || existsSync(join(root, g.file)));
  if (existing.length > 0) {
    return fail(
      `refusing to overwrite ${existing.map((g) => `${name}/${g.file}`).join(', ')}: rename the ` +
        'CSV file to import it under another name; nothing was written',
    );
  }
  const files: CorpusFiles = { ...corpusFiles };
  for (const g of generated) files[g.file] = g.text;
  const after = compileCorpus(files);
  const rowsWithProblems = new Set(problems.map((p) => `${p.file}:${p.row}`));
  const told = after.diagnostics
    .map((d) => tellDiagnostic(d, generated))
    // An empty cell is told once, by the spreadsheet check, not again as a missing field.
    .filter(
      (t) =>
        !(
          t.place &&
          rowsWithProblems.has(`${t.place.file}:${t.place.row}`) &&
          /^missing required field|has no evidence/.test(t.message)
        ),
    );
  const errors =
    problems.filter((p) => p.severity === 'error').length +
    told.filter((t) => t.severity === 'error').length;
  const lines = [
    ...problems.map((p) => `${formatCellPlace(p, letters.get(p.file))}: ${p.message}`),
    ...told.map((t) =>
      t.place
        ? `${formatCellPlace(t.place, letters.get(t.place.file))}: ${t.severity === 'warning' ? 'warning: ' : ''}${t.message}`
        : t.text,
    ),
  ];
  if (errors > 0) {
    return fail(
      [
        ...lines,
        `${plural(errors, 'problem')}: nothing was imported. Fix the spreadsheets (rows and columns as a`,
        'spreadsheet numbers them, the first row naming the columns) and run the import again.',
      ].join('\n'),
    );
  }
  try {
    await writeNewFiles(new Map(generated.map((g) => [join(root, g.file), g.text])), io.cwd);
  } catch (error) {
    if (error instanceof RefusedError)
      return fail(`${error.message} (rename the CSV file to import it under another name)`);
    throw error;
  }
  if (lines.length > 0) io.err(`${lines.join('\n')}\n`);
  const width = Math.max(...generated.map((g) => g.file.length));
  io.out(
    [
      `Imported into ${name}/:`,
      ...generated.map((g) => `  ${g.file.padEnd(width)}  ${g.count} from ${g.table.file}`),
      `The corpus compiles: ${after.graph ? describeCompiledCorpus(name, after.graph, told.length) : ''}.`,
      'Next:',
      '  1. Read the new files: ids left empty in the spreadsheets were made from labels; rename them',
      '     now if you wish (later, an id is permanent: links use it).',
      `  2. Explore: DATA_DIR=${name} npm run dev. The spreadsheets are not read again: edit the YAML from now on.`,
      '',
    ].join('\n'),
  );
  return 0;
}

function generatedFile(
  root: string,
  table: CsvTable,
  kind: 'entities' | 'relations',
  items: Record<string, unknown>[],
  cells: CellMap,
): Generated {
  const file = `annotations/${basename(table.file, extname(table.file))}.yaml`;
  const modeline = schemaModeline(file, root, SCHEMAS_PATH) ?? '';
  const header = [
    modeline.replace(/^# /, ''),
    `Imported from ${basename(table.file)} by npm run corpus -- import. Edit it as any annotation file: the`,
    'spreadsheet is not read again.',
  ];
  return {
    file,
    text: renderYaml(header, { [kind]: items }),
    cells,
    table,
    count: plural(items.length, kind === 'entities' ? 'entity' : 'relation', kind),
  };
}

interface ToldDiagnostic {
  severity: Diagnostic['severity'];
  message: string;
  /** The cell, when the diagnostic is in a generated file. */
  place?: CellPlace;
  /** The diagnostic as the compiler prints it, for the corpus's own files. */
  text: string;
}

/** A compiler diagnostic told in the spreadsheet's terms where it concerns a generated file. */
function tellDiagnostic(d: Diagnostic, generated: readonly Generated[]): ToldDiagnostic {
  // Positions in generated files within the message ("already the id of … at annotations/x.yaml:3:9").
  let message = d.message;
  for (const g of generated) {
    const locate = pathLocator(g.text);
    message = message.replaceAll(
      new RegExp(`${escapeRegExp(g.file)}:(\\d+):(\\d+)`, 'g'),
      (whole, line: string, col: string) => {
        const place = cellAt(g, locate(Number(line), Number(col)));
        return place ? formatCellPlace(place, g.table.letters) : whole;
      },
    );
  }
  const owner = generated.find((g) => g.file === d.file);
  const place = owner ? cellAt(owner, pathLocator(owner.text)(d.line, d.col)) : undefined;
  // The cell says where: the generated file's own paths ("relations[3].status") would only confuse.
  if (place) {
    message = message
      .replace(/ \((?:entities|relations)\[\d+\]\)/g, '')
      .replace(/\b(?:entities|relations)\[\d+\]\.(?:evidence\[\d+\]\.)?/g, '');
  }
  return {
    severity: d.severity,
    message,
    ...(place ? { place } : {}),
    text: formatDiagnostic({ ...d, message }),
  };
}

/** The cell of a path, or of the nearest enclosing value that came from one. */
function cellAt(g: Generated, path: string): CellPlace | undefined {
  const segments = path.split('.');
  for (let end = segments.length; end > 0; end -= 1) {
    const place = g.cells.get(segments.slice(0, end).join('.'));
    if (place) return place;
  }
  return g.table.rows[0] ? { file: g.table.file, row: g.table.rows[0].row } : undefined;
}

/** Entities (with labels and aliases) and every id the corpus's annotation files define. */
function corpusIds(files: CorpusFiles): CorpusIds {
  const entities: KnownEntity[] = [];
  const ids = new Set<string>();
  for (const [file, content] of Object.entries(files)) {
    if (!file.startsWith('annotations/') || !/\.(ya?ml|json)$/.test(file)) continue;
    const value = parse(
      typeof content === 'string' ? content : new TextDecoder().decode(content),
    ) as Record<string, unknown> | null;
    for (const list of ['entities', 'relations', 'claims'] as const) {
      const items = value?.[list];
      if (!Array.isArray(items)) continue;
      for (const item of items as Record<string, unknown>[]) {
        if (typeof item.id !== 'string') continue;
        ids.add(item.id);
        if (list === 'entities') {
          entities.push({
            id: item.id,
            label: typeof item.label === 'string' ? item.label : undefined,
            aliases: Array.isArray(item.aliases)
              ? item.aliases.filter((a): a is string => typeof a === 'string')
              : undefined,
          });
        }
      }
    }
  }
  return { entities, ids };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
