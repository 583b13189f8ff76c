// The export formats on hostile content: formula injection in CSV, markup and control characters
// in XML, and every file read back with the parsers Gephi-like tools are built on.
// Over 400 lines because every format is checked against the one hostile fixture at the top.
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadModel } from '../model/loadModel';
import { buildTestGraph } from '../model/testGraph';
import type { CompiledGraph } from '../schema/compiledGraph';
import { compactGraph, expandGraph } from '../schema/edgeColumns';
import {
  escapeCsvCell,
  exportEdgesCsv,
  exportGexf,
  exportGraphml,
  exportJson,
  exportNodesCsv,
} from './formats';
import { buildVisibleSubgraph, type ExportGraph } from './visibleSubgraph';

// The app imports graphology-gexf's browser build, which needs the browser's DOMParser as soon as
// it loads. Node gets the package's own Node build: the same writer, with an XML DOM for parsing.
vi.mock('graphology-gexf/browser', async () => await import('graphology-gexf'));

// Characters XML 1.0 forbids, and the allowed whitespace controls (tab, newline, carriage return).
const FORBIDDEN = '\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF';
// eslint-disable-next-line no-control-regex -- the forbidden characters are the point
const FORBIDDEN_PATTERN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

const MARKUP_LABEL = `<script>alert("x")</script> & 'quoted' ]]> <!-- -->`;
const CONTROL_LABEL = `bell${FORBIDDEN}end\ttab`;
const FORMULA_LABEL = '=HYPERLINK("http://evil.example","click")';
const NEWLINE_DESCRIPTION = 'first line, with a comma\nsecond "line"';
const EVIDENCE_QUOTE = `He said "=cmd|' /C calc'!A0" & <b>left</b>`;

/** A small graph whose every text field is hostile. */
function hostileCompiledGraph(): CompiledGraph {
  const graph = expandGraph(
    buildTestGraph({
      sources: ['s1', 's2'],
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
  }
  return compactGraph(graph);
}

function hostileExport(): ExportGraph {
  const model = loadModel(hostileCompiledGraph());
  const nodes: { id: string }[] = [];
  const edges: { id: string }[] = [];
  for (const id of model.nodes.ids) nodes.push({ id });
  for (const id of model.edges.ids) edges.push({ id });
  return buildVisibleSubgraph(model, { nodes, edges });
}

const spaced = (text: string): string => text.replace(/[\t\n\r]/g, ' ');

const stripForbidden = (text: string): string =>
  text.replace(new RegExp(FORBIDDEN_PATTERN, 'gu'), '');

/** RFC 4180 reader: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
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
function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header = [], ...rows] = parseCsv(text);
  for (const row of rows) expect(row).toHaveLength(header.length);
  const records = rows.map((row) =>
    Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])),
  );
  return { header, records };
}

/** A spreadsheet cell's text as a person reads it: the protective quote removed. */
const unprotect = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const startsLikeFormula = (cell: string): boolean => /^[=+\-@\t\r]/.test(cell);

/** Parses XML with a graphology reader and fails on anything xmldom complains about. */
function readStrictly<T>(read: () => T): T {
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

afterEach(() => {
  vi.restoreAllMocks();
});

describe('escapeCsvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
  ])('neutralises a cell a spreadsheet would run as a formula: %j', (cell, expected) => {
    expect(escapeCsvCell(cell)).toBe(expected);
  });

  it('quotes a carriage-return formula after neutralising it', () => {
    expect(escapeCsvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
  ])('quotes commas, quotes and line breaks: %j', (cell, expected) => {
    expect(escapeCsvCell(cell)).toBe(expected);
  });

  it('does both for a formula with quotes and commas', () => {
    expect(escapeCsvCell(FORMULA_LABEL)).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  it.each([['TikTok'], [''], ['a=b'], ['e-mail'], ['x@y'], ["it's"]])(
    'leaves an ordinary cell alone: %j',
    (cell) => {
      expect(escapeCsvCell(cell)).toBe(cell);
    },
  );

  it('writes numbers as they are', () => {
    expect(escapeCsvCell(3)).toBe('3');
    expect(escapeCsvCell(0.5)).toBe('0.5');
  });
});

describe('CSV exports', () => {
  it('writes nodes with Gephi’s Id and Label columns, one record per node', () => {
    const graph = hostileExport();
    const csv = exportNodesCsv(graph);
    expect(csv.split('\r\n')[0]).toBe(
      'Id,Label,type,aliases,description,sources,statement,claimant,disputed,evidence',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    const { records } = csvRecords(csv);
    expect(records.map((r) => r.Id)).toEqual(graph.nodes());
    for (const record of records) {
      const attributes = graph.getNodeAttributes(record.Id ?? '');
      expect(unprotect(record.Label ?? '')).toBe(attributes.label);
      expect(record.type).toBe(attributes.type);
    }
  });

  it('writes edges with Gephi’s Source, Target and Type columns, one record per edge', () => {
    const graph = hostileExport();
    const csv = exportEdgesCsv(graph);
    expect(csv.split('\r\n')[0]).toBe(
      'Source,Target,Type,Id,Label,predicate,date,corroboration,sources,contradicts,supports,evidence',
    );
    const { records } = csvRecords(csv);
    expect(records.map((r) => r.Id)).toEqual(graph.edges());
    for (const record of records) {
      const id = record.Id ?? '';
      expect([record.Source, record.Target]).toEqual(graph.extremities(id));
      expect(record.Type).toBe('Directed');
      expect(Number(record.corroboration)).toBe(graph.getEdgeAttribute(id, 'sources').length);
    }
  });

  it('leaves no cell that starts like a formula, in any column', () => {
    const graph = hostileExport();
    for (const csv of [exportNodesCsv(graph), exportEdgesCsv(graph)]) {
      expect(parseCsv(csv).flat().filter(startsLikeFormula)).toEqual([]);
    }
    // The hostile values did reach the file, protected.
    const cells = parseCsv(exportNodesCsv(graph)).flat();
    expect(cells).toContain(`'${FORMULA_LABEL}`);
    expect(cells).toContain("'-1+1 is a claim");
    expect(cells).toContain("'+alias; @at; -minus");
  });

  it('keeps commas, quotes and line breaks inside their cells', () => {
    const { records } = csvRecords(exportNodesCsv(hostileExport()));
    const markup = records.find((r) => r.Id === 'markup');
    expect(markup?.description).toBe(NEWLINE_DESCRIPTION);
    expect(markup?.Label).toBe(MARKUP_LABEL);
    expect(records.find((r) => r.Id === 'plain')?.Label).toBe('Plain, with comma');
    expect(unprotect(records.find((r) => r.Id === 'formula')?.aliases ?? '')).toBe(
      '+alias; @at; -minus',
    );
  });

  it('carries the evidence: quotes with their source and offsets, and claim details', () => {
    const edges = csvRecords(exportEdgesCsv(hostileExport())).records;
    const owns = edges.find((r) => r.Id === 'markup-owns-formula');
    expect(owns?.evidence).toBe(`[s1 3-40] "${EVIDENCE_QUOTE}" | [s2 0-10] "quote in s2"`);
    expect(owns?.sources).toBe('s1; s2');
    expect(owns?.contradicts).toBe('claim-hostile');
    const claim = csvRecords(exportNodesCsv(hostileExport())).records.find(
      (r) => r.Id === 'claim-hostile',
    );
    expect(claim).toMatchObject({
      statement: 'A statement\nover two lines',
      claimant: 'control',
      disputed: 'true',
      evidence: '[s1 0-10] "quote in s1"',
    });
  });
});

describe('GraphML export', () => {
  it('escapes markup in text and attributes', () => {
    const graphml = exportGraphml(hostileExport());
    expect(graphml).not.toContain('<script>');
    expect(graphml).not.toContain('<b>');
    expect(graphml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;');
  });

  it('drops the characters XML 1.0 cannot carry and keeps tabs and newlines', () => {
    const graphml = exportGraphml(hostileExport());
    expect(graphml).not.toMatch(FORBIDDEN_PATTERN);
    expect(graphml).toContain('bellend\ttab');
    expect(graphml).toContain('first line, with a comma\nsecond &quot;line&quot;');
  });

  it('reads back with graphology-graphml: same nodes, edges and text', () => {
    const graph = hostileExport();
    const read = readStrictly(() => parseGraphml(MultiDirectedGraph, exportGraphml(graph)));
    expect(read.nodes().sort()).toEqual(graph.nodes().sort());
    expect(read.edges().sort()).toEqual(graph.edges().sort());
    graph.forEachEdge((id, _attributes, source, target) => {
      expect(read.extremities(id)).toEqual([source, target]);
    });
    graph.forEachNode((id, attributes) => {
      expect(read.getNodeAttribute(id, 'label')).toBe(stripForbidden(attributes.label));
      expect(read.getNodeAttribute(id, 'type')).toBe(attributes.type);
      expect(read.getNodeAttribute(id, 'x')).toBe(attributes.x);
    });
    expect(read.getNodeAttribute('markup', 'description')).toBe(NEWLINE_DESCRIPTION);
  });

  it('carries the evidence and corroboration of every edge', () => {
    const read = parseGraphml(MultiDirectedGraph, exportGraphml(hostileExport()));
    expect(read.getEdgeAttributes('markup-owns-formula')).toMatchObject({
      evidence: `[s1 3-40] "${EVIDENCE_QUOTE}" | [s2 0-10] "quote in s2"`,
      corroboration: 2,
      sources: 's1; s2',
      predicate: 'owns',
    });
    expect(read.getNodeAttribute('claim-hostile', 'disputed')).toBe('true');
  });
});

describe('GEXF export', () => {
  it('escapes markup in labels and attribute values', () => {
    const gexf = exportGexf(hostileExport());
    expect(gexf).not.toContain('<script>');
    expect(gexf).not.toContain('<b>');
    expect(gexf).toContain('&lt;script');
    expect(gexf).toContain('&amp;');
  });

  it('drops the characters XML 1.0 cannot carry', () => {
    const gexf = exportGexf(hostileExport());
    expect(gexf).not.toMatch(FORBIDDEN_PATTERN);
    expect(gexf).toContain('bellend');
  });

  it('reads back with graphology-gexf: same nodes, edges, labels and positions', () => {
    const graph = hostileExport();
    const read = readStrictly(() => parseGexf(MultiDirectedGraph, exportGexf(graph)));
    expect(read.nodes().sort()).toEqual(graph.nodes().sort());
    expect(read.edges().sort()).toEqual(graph.edges().sort());
    graph.forEachEdge((id, attributes, source, target) => {
      expect(read.extremities(id)).toEqual([source, target]);
      expect(read.getEdgeAttribute(id, 'label')).toBe(attributes.label);
    });
    graph.forEachNode((id, attributes) => {
      // GEXF keeps labels in attributes, where a conforming XML parser turns tabs and newlines
      // into spaces (xmldom keeps them): compare up to that. Everything else reads back as written.
      const label = read.getNodeAttribute(id, 'label') as string;
      expect(spaced(label)).toBe(spaced(stripForbidden(attributes.label)));
      expect(read.getNodeAttribute(id, 'type')).toBe(attributes.type);
      expect(read.getNodeAttribute(id, 'x')).toBe(attributes.x);
      expect(read.getNodeAttribute(id, 'y')).toBe(attributes.y);
    });
  });

  it('carries the evidence and uses corroboration as the edge weight', () => {
    const read = parseGexf(MultiDirectedGraph, exportGexf(hostileExport()));
    expect(read.getEdgeAttributes('markup-owns-formula')).toMatchObject({
      evidence: `[s1 3-40] "${EVIDENCE_QUOTE}" | [s2 0-10] "quote in s2"`,
      corroboration: 2,
      weight: 2,
      sources: 's1; s2',
    });
    expect(read.getNodeAttributes('claim-hostile')).toMatchObject({
      claimant: 'control',
      disputed: 'true',
      evidence: '[s1 0-10] "quote in s1"',
    });
  });
});

describe('JSON export', () => {
  it('is graphology’s serialisation, read back whole with every evidence attribute', () => {
    const graph = hostileExport();
    const read = MultiDirectedGraph.from(JSON.parse(exportJson(graph)));
    expect(read.order).toBe(graph.order);
    expect(read.size).toBe(graph.size);
    graph.forEachNode((id, attributes) => {
      expect(read.getNodeAttributes(id)).toEqual(attributes);
    });
    graph.forEachEdge((id, attributes) => {
      expect(read.getEdgeAttributes(id)).toEqual(attributes);
    });
    expect(read.getEdgeAttribute('markup-owns-formula', 'evidence')).toEqual([
      { source: 's1', exact: EVIDENCE_QUOTE, start: 3, end: 40 },
      { source: 's2', exact: 'quote in s2', start: 0, end: 10 },
    ]);
    expect(read.getAttribute('title')).toBe('Test graph');
  });
});
