// A corpus written for format 3, before attribution, copied untouched into __fixtures__/format-3:
// it must compile to the same graph it did then (__fixtures__/format-3-compiled.json, the format-3
// compiler's output), with attribution read from the defaults and one warning per file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExpandedGraph } from '../schema/compiledGraph';
import { expandGraph } from '../schema/edgeColumns';
import { compileCorpus } from './compileCorpus';
import { formatDiagnostic } from './diagnostics';
import { splitCorpus } from './output/buildGraph';
import { FIXTURES_DIR, loadFixture } from './__fixtures__/loadFixture';

/** The fields format 3 had, by what holds them. */
const V3_EDGE = [
  'predicate',
  'label',
  'date',
  'dateStart',
  'dateEnd',
  'dateBasis',
  'note',
  'evidence',
  'sources',
  'contradicts',
  'supports',
  'derived',
];
const V3_EVIDENCE = ['source', 'exact', 'prefix', 'suffix', 'start', 'end'];
const V3_CLAIM = [
  'statement',
  'claimant',
  'venue',
  'date',
  'dateStart',
  'dateEnd',
  'dateBasis',
  'evidence',
  'supportedBy',
  'contradictedBy',
  'disputed',
];
const V3_SOURCE = [
  'id',
  'title',
  'publisher',
  'author',
  'url',
  'published',
  'estimatedDate',
  'estimatedDateBasis',
  'language',
  'notes',
  'textLength',
];

function pick(value: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.filter((k) => k in value).map((k) => [k, (value as Record<string, unknown>)[k]]),
  );
}

function omit(value: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}

const pickEvidence = (evidence: readonly object[]) => evidence.map((q) => pick(q, V3_EVIDENCE));

/** What format 3 said of a graph: its v3 fields only. */
function asFormatThree(graph: ExpandedGraph) {
  return {
    attributes: {
      ...omit(graph.attributes, ['formatVersion', 'origins', 'statuses', 'stories']),
      sources: graph.attributes.sources.map((s) => pick(s, V3_SOURCE)),
      // Readings came after format 3 (issue 17): predicates carry them since.
      predicates: graph.attributes.predicates.map((p) => omit(p, ['readings'])),
    },
    options: graph.options,
    nodes: graph.nodes.map(({ key, attributes: a }) => {
      const { claim, ...rest } = a;
      return {
        key,
        attributes: {
          // Communities came after format 3 (an optional attribute, computed from the relations).
          ...omit(rest, ['community']),
          ...(claim
            ? {
                claim: {
                  ...pick(claim, V3_CLAIM),
                  evidence: pickEvidence(claim.evidence),
                },
              }
            : {}),
        },
      };
    }),
    edges: graph.edges.map(({ key, source, target, attributes: a }) => ({
      key,
      source,
      target,
      attributes: { ...pick(a, V3_EDGE), evidence: pickEvidence(a.evidence) },
    })),
  };
}

describe('a corpus written for format 3', () => {
  const result = compileCorpus(loadFixture('format-3'));
  const graph = result.graph && expandGraph(splitCorpus(result.graph).graph);

  it('compiles with one warning per annotation file, and one for its estimated dates', () => {
    expect(result.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      expect.stringMatching(
        /^annotations\/people\/claims\.json:4:13: warning: 2 claims in this file state no status/,
      ),
      'annotations/people/claims.json:9:21: warning: 1 date in this file rests on an estimate ' +
        '(the date_basis says so) and is marked estimated: name the source each was read from ' +
        'with date_relative_to: <source id>',
      expect.stringMatching(
        /^annotations\/relations\.yaml:2:9: warning: 4 relations in this file state no status/,
      ),
    ]);
  });

  it('keeps every node, edge, quote and source as format 3 compiled them', () => {
    const before = JSON.parse(
      readFileSync(join(FIXTURES_DIR, 'format-3-compiled.json'), 'utf8'),
    ) as ExpandedGraph;
    if (!graph) throw new Error('no graph');
    // Positions are the layout's, which has changed since (it makes room for labels): not format.
    const unplaced = <T extends { attributes: object }>(nodes: readonly T[]) =>
      nodes.map((n) => ({ ...n, attributes: { ...n.attributes, x: 0, y: 0 } }));
    const after = asFormatThree(graph);
    expect({ ...after, nodes: unplaced(after.nodes) }).toEqual({
      ...before,
      nodes: unplaced(before.nodes),
      attributes: omit(before.attributes, ['formatVersion']),
    });
  });

  it('reads relations as reported and claims as attributed, each source its own origin', () => {
    for (const { key, attributes: a } of graph?.edges ?? []) {
      expect(a.status, key).toBe(a.derived ? 'attributed' : 'reported');
      expect(a.accordingTo, key).toEqual([]);
      expect(a.origins, key).toEqual(a.sources.map((s) => ({ roots: [s], sources: [s] })));
      expect(a.perClaim, key).toBeNull();
    }
    const claims = (graph?.nodes ?? []).flatMap((n) =>
      n.attributes.claim ? [n.attributes.claim] : [],
    );
    expect(claims.map((c) => c.status)).toEqual(['attributed', 'attributed']);
  });
});
