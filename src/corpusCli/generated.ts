// Files generated from the code: the JSON Schemas of the input files (schemas/), the table of
// predicates in docs/data-format.md and the spreadsheet columns in docs/corpus-tools.md. `npm run generate` writes them; generated.test.ts fails when
// the committed ones differ, naming that command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMN_TABLES, CORPUS_TOOLS_DOC, markersOf, renderColumnTable } from './docs/columnTables';
import {
  PREDICATE_TABLE_END,
  PREDICATE_TABLE_START,
  renderPredicateTable,
  replaceBetweenMarkers,
} from './docs/predicateTable';
import { SCHEMAS_DIR, SCHEMA_FILE_NAMES, generateJsonSchemas } from './schemas/jsonSchemas';

export const REGENERATE_COMMAND = 'npm run generate';
export const DATA_FORMAT_DOC = 'docs/data-format.md';

/** Repository-relative path → the content it should have. */
export function generatedFiles(repoRoot: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [kind, text] of Object.entries(generateJsonSchemas())) {
    files[`${SCHEMAS_DIR}/${SCHEMA_FILE_NAMES[kind as keyof typeof SCHEMA_FILE_NAMES]}`] = text;
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
