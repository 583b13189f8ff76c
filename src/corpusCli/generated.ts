// Files generated from the code: the JSON Schemas of the input files (schemas/), the schema line
// at the top of each YAML file of the bundled corpus, the table of predicates in
// docs/data-format.md and the spreadsheet columns in docs/corpus-tools.md. `npm run generate`
// writes them; generated.test.ts fails when the committed ones differ, naming that command.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMN_TABLES, CORPUS_TOOLS_DOC, markersOf, renderColumnTable } from './docs/columnTables';
import {
  PREDICATE_TABLE_END,
  PREDICATE_TABLE_START,
  renderPredicateTable,
  replaceBetweenMarkers,
} from './docs/predicateTable';
import {
  SCHEMAS_DIR,
  SCHEMA_FILE_NAMES,
  generateJsonSchemas,
  schemaKindOf,
} from './schemas/jsonSchemas';
import { schemaModeline, withModeline } from './schemas/modeline';

export const REGENERATE_COMMAND = 'npm run generate';
export const DATA_FORMAT_DOC = 'docs/data-format.md';
const BUNDLED_CORPUS = 'data';

/** Repository-relative path → the content it should have. */
export function generatedFiles(repoRoot: string): Record<string, string> {
  const files: Record<string, string> = {};
  const schemas = generateJsonSchemas();
  for (const [kind, text] of schemas) {
    files[`${SCHEMAS_DIR}/${SCHEMA_FILE_NAMES[kind]}`] = text;
  }
  // Each YAML file of the bundled corpus whose kind has a schema names it on its first line.
  const corpus = join(repoRoot, BUNDLED_CORPUS);
  const yamlFiles = (readdirSync(corpus, { recursive: true }) as string[])
    .map((file) => file.split('\\').join('/'))
    .filter((file) => /\.ya?ml$/.test(file))
    .sort();
  for (const file of yamlFiles) {
    const kind = schemaKindOf(file);
    const modeline = schemaModeline(file, corpus, join(repoRoot, SCHEMAS_DIR));
    if (kind === undefined || modeline === undefined || !schemas.has(kind)) continue;
    const text = readFileSync(join(corpus, file), 'utf8');
    files[`${BUNDLED_CORPUS}/${file}`] = withModeline(text, modeline);
  }
  const doc = readFileSync(join(repoRoot, DATA_FORMAT_DOC), 'utf8');
  files[DATA_FORMAT_DOC] = replaceBetweenMarkers(
    doc,
    PREDICATE_TABLE_START,
    PREDICATE_TABLE_END,
    renderPredicateTable(),
  );
  let tools = readFileSync(join(repoRoot, CORPUS_TOOLS_DOC), 'utf8');
  for (const { marker, columns } of COLUMN_TABLES) {
    const { start, end } = markersOf(marker);
    tools = replaceBetweenMarkers(tools, start, end, renderColumnTable(columns));
  }
  files[CORPUS_TOOLS_DOC] = tools;
  return files;
}
