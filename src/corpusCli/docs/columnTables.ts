// The spreadsheet columns in docs/corpus-tools.md, written from the table the import reads.
import { ENTITY_COLUMNS, LIST_SEPARATOR, RELATION_COLUMNS, type Column } from '../import/columns';

export const CORPUS_TOOLS_DOC = 'docs/corpus-tools.md';

export const COLUMN_TABLES = [
  { marker: 'entity-columns', columns: ENTITY_COLUMNS },
  { marker: 'relation-columns', columns: RELATION_COLUMNS },
] as const;

export function markersOf(name: string): { start: string; end: string } {
  return {
    start: `<!-- ${name}:start (written by \`npm run generate\` from src/corpusCli/import/columns.ts) -->`,
    end: `<!-- ${name}:end -->`,
  };
}

export function renderColumnTable(columns: readonly Column[]): string {
  return [
    '| column | required | meaning |',
    '| --- | --- | --- |',
    ...columns.map(
      (c) =>
        `| \`${c.name}\` | ${c.required ? 'yes' : 'no'} | ${c.meaning}` +
        `${c.list ? ` (several: separated by \`${LIST_SEPARATOR}\`)` : ''} |`,
    ),
  ].join('\n');
}
