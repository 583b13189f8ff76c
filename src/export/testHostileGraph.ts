// Test fixture for the export formats: a small graph whose every text field is hostile (formula
// injection for CSV, markup and control characters for XML), with attribution worth reading back,
// and the readers the format tests share.
import { expect, vi } from 'vitest';
import type { GraphologyGraph } from '../model/graphology';
import { loadModel } from '../model/loadModel';
import { buildTestGraph } from '../model/testGraph';
import type { CompiledGraph } from '../schema/compiledGraph';
import { compactGraph, expandGraph } from '../schema/edgeColumns';
import { buildVisibleExport, buildVisibleSubgraph, type ExportGraph } from './visibleSubgraph';

// Characters XML 1.0 forbids, and the allowed whitespace controls (tab, newline, carriage return).
export const FORBIDDEN = '\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF';
// eslint-disable-next-line no-control-regex -- the forbidden characters are the point
export const FORBIDDEN_PATTERN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

export const MARKUP_LABEL = `<script>alert("x")</script> & 'quoted' ]]> <!-- -->`;
export const CONTROL_LABEL = `bell${FORBIDDEN}end\ttab`;
export const FORMULA_LABEL = '=HYPERLINK("http://evil.example","click")';
export const NEWLINE_DESCRIPTION = 'first line, with a comma\nsecond "line"';
export const EVIDENCE_QUOTE = `He said "=cmd|' /C calc'!A0" & <b>left</b>`;

/** A small graph whose every text field is hostile. */
export function hostileCompiledGraph(): CompiledGraph {
  const graph = expandGraph(
    buildTestGraph({
      sources: ['s1', 's2', 's3'],
      origins: ['wire'],
      entities: [
        { id: 'markup', label: MARKUP_LABEL, sources: ['s1'] },
        { id: 'control', label: CONTROL_LABEL, type: 'person' },
        { id: 'formula', label: FORMULA_LABEL, aliases: ['+alias', '@at', '-minus'] },
        { id: 'plain', label: 'Plain, with comma', type: 'place' },
      ],
      relations: [
        {
          id: 'markup-owns-formula',
          subject: 'markup',
          predicate: 'owns',
          object: 'formula',
          sources: ['s1', 's2'],
        },
        {
          id: 'control-employed',
          subject: 'control',
          predicate: 'employed_by',
          object: 'markup',
          sources: ['s2'],
        },
        {
          id: 'formula-based-in-plain',
          subject: 'formula',
          predicate: 'based_in',
          object: 'plain',
          sources: ['s1'],
        },
        {
          // Attributed, relayed from one origin, one source quoted only in its headline.
          id: 'plain-hosts-control',
          subject: 'plain',
          predicate: 'based_in',
          object: 'control',
          sources: ['s1', 's2', 's3'],
          status: 'attributed',
          accordingTo: ['control'],
          headlines: [false, false, true],
          quoteAccordingTo: [undefined, ['markup'], undefined],
          relayedOrigin: 'wire',
          dateEstimated: true,
          date: '2020',
          days: ['2020-01-01', '2020-12-31'],
          note: 'Read from "both" reports',
        },
      ],
      claims: [
        {
          id: 'claim-hostile',
          label: '-1+1 is a claim',
          statement: 'A statement\nover two lines',
          claimant: 'control',
          about: ['formula'],
          sources: ['s1'],
          contradictedBy: ['markup-owns-formula'],
        },
      ],
    }),
  );
  graph.nodes.forEach((node, i) => {
    // Fractional and negative positions, to check they survive as numbers.
    node.attributes.x = i * 100 + 0.25;
    node.attributes.y = -i * 50 - 0.5;
    if (node.key === 'markup') node.attributes.description = NEWLINE_DESCRIPTION;
  });
  for (const edge of graph.edges) {
    if (edge.key === 'markup-owns-formula') {
      edge.attributes.evidence = [
        { source: 's1', exact: EVIDENCE_QUOTE, start: 3, end: 40 },
        { source: 's2', exact: 'quote in s2', start: 0, end: 10 },
      ];
    }
    if (edge.key === 'plain-hosts-control') edge.attributes.dateBasis = '=SUM(A1) "last year"';
  }
  return compactGraph(graph);
}

export function hostileExport(): ExportGraph {
  const model = loadModel(hostileCompiledGraph());
  const nodes: { id: string }[] = [];
  const edges: { id: string }[] = [];
  for (const id of model.nodes.ids) nodes.push({ id });
  for (const id of model.edges.ids) edges.push({ id });
  return buildVisibleExport(
    model,
    { nodes, edges },
    { organization: '#1f5fa8', person: '#b45309' },
  );
}

/** The same graph as graphology holds it, to compare what the files read back with. */
export function hostileSubgraph(): GraphologyGraph {
  const model = loadModel(hostileCompiledGraph());
  return buildVisibleSubgraph(model, {
    nodes: model.nodes.ids.map((id) => ({ id })),
    edges: model.edges.ids.map((id) => ({ id })),
  });
}

export const spaced = (text: string): string => text.replace(/[\t\n\r]/g, ' ');

export const stripForbidden = (text: string): string =>
  text.replace(new RegExp(FORBIDDEN_PATTERN, 'gu'), '');

/** RFC 4180 reader: quoted cells may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += char;
    }
  }
  expect(quoted, 'an unterminated quoted cell').toBe(false);
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Rows as objects keyed by the header, so tests name the columns they read. */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header = [], ...rows] = parseCsv(text);
  for (const row of rows) expect(row).toHaveLength(header.length);
  const records = rows.map((row) =>
    Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])),
  );
  return { header, records };
}

/** A spreadsheet cell's text as a person reads it: the protective quote removed. */
export const unprotect = (cell: string): string =>
  /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;

export const startsLikeFormula = (cell: string): boolean => /^[=+\-@\t\r]/.test(cell);

/** Parses XML with a graphology reader and fails on anything xmldom complains about. */
export function readStrictly<T>(read: () => T): T {
  const complaints: unknown[] = [];
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => complaints.push(args));
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => complaints.push(args));
  try {
    const result = read();
    expect(complaints, 'the XML parser reported problems').toEqual([]);
    return result;
  } finally {
    error.mockRestore();
    warn.mockRestore();
  }
}
