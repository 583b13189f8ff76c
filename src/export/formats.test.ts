// The CSV exports on hostile content (formula injection, commas, quotes, line breaks), and the
// attribution they carry: sources by title, who each relation is according to, and its status.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeCsvCell, exportEdgesCsv, exportNodesCsv } from './formats';
import {
  CONTROL_LABEL,
  EVIDENCE_QUOTE,
  FORMULA_LABEL,
  MARKUP_LABEL,
  NEWLINE_DESCRIPTION,
  csvRecords,
  hostileExport,
  hostileSubgraph,
  parseCsv,
  startsLikeFormula,
  unprotect,
} from './testHostileGraph';

// The app imports graphology-gexf's browser build, which needs the browser's DOMParser as soon as
// it loads. Node gets the package's own Node build: the same writer, with an XML DOM for parsing.
vi.mock('graphology-gexf/browser', async () => await import('graphology-gexf'));

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
    const graph = hostileSubgraph();
    const csv = exportNodesCsv(hostileExport());
    expect(csv.split('\r\n')[0]).toBe(
      'Id,Label,type,aliases,description,sources,statement,claimant,disputed,date,' +
        'status,accordingTo,attribution,independentOrigins,origins,headlineOnly,dateEstimated,' +
        'dateBasis,note,evidence',
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
    const graph = hostileSubgraph();
    const csv = exportEdgesCsv(hostileExport());
    expect(csv.split('\r\n')[0]).toBe(
      'Source,Target,Type,Id,Label,predicate,date,sourceCount,sources,contradicts,supports,' +
        'status,accordingTo,attribution,independentOrigins,origins,headlineOnly,dateEstimated,' +
        'dateBasis,note,evidence',
    );
    const { records } = csvRecords(csv);
    expect(records.map((r) => r.Id)).toEqual(graph.edges());
    for (const record of records) {
      const id = record.Id ?? '';
      expect([record.Source, record.Target]).toEqual(graph.extremities(id));
      expect(record.Type).toBe('Directed');
      expect(Number(record.sourceCount)).toBe(graph.getEdgeAttribute(id, 'sources').length);
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

  it('carries the evidence: each quote with its source’s title and who it is according to', () => {
    const edges = csvRecords(exportEdgesCsv(hostileExport())).records;
    const owns = edges.find((r) => r.Id === 'markup-owns-formula');
    expect(owns?.evidence).toBe(
      `"${EVIDENCE_QUOTE}" (in “Title of s1”, according to “Title of s1”) | ` +
        '"quote in s2" (in “Title of s2”, according to “Title of s2”)',
    );
    expect(owns?.sources).toBe('Title of s1; Title of s2');
    expect(owns?.contradicts).toBe('claim-hostile');
    const claim = csvRecords(exportNodesCsv(hostileExport())).records.find(
      (r) => r.Id === 'claim-hostile',
    );
    expect(claim).toMatchObject({
      statement: 'A statement\nover two lines',
      claimant: CONTROL_LABEL,
      disputed: 'true',
      status: 'attributed',
      independentOrigins: '1',
      evidence: '"quote in s1" (in “Title of s1”, according to “Title of s1”)',
    });
  });

  it('names who each relation is according to, in which source, and how sure its date is', () => {
    const edges = csvRecords(exportEdgesCsv(hostileExport())).records;
    expect(edges.find((r) => r.Id === 'plain-hosts-control')).toMatchObject({
      status: 'attributed',
      accordingTo: `${CONTROL_LABEL}; ${MARKUP_LABEL}`,
      attribution:
        `according to ${CONTROL_LABEL} (in “Title of s1”, “Title of s3”); ` +
        `according to ${MARKUP_LABEL} (in “Title of s2”)`,
      independentOrigins: '1',
      origins: 'Report wire',
      headlineOnly: 'Title of s3',
      dateEstimated: 'true',
      dateBasis: `'=SUM(A1) "last year"`,
      note: 'Read from "both" reports',
      sourceCount: '3',
      sources: 'Title of s1; Title of s2; Title of s3',
    });
    const plain = edges.find((r) => r.Id === 'formula-based-in-plain');
    expect(plain).toMatchObject({
      status: 'reported',
      accordingTo: '',
      attribution: 'according to “Title of s1” (in “Title of s1”)',
      independentOrigins: '1',
      origins: 'Title of s1',
      headlineOnly: '',
      dateEstimated: 'false',
    });
  });
});
