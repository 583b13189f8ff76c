// graphology's serialisation for other tools (src/schema/interchange.ts), on a compiled corpus:
// each quote's attribution, headline marks and origins spelt out.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { toGraphologyInterchange } from '../schema/interchange';
import { compileCorpus } from './compileCorpus';
import { splitCorpus } from './output/buildGraph';
import { relayCorpusWith } from './__fixtures__/relayCorpus';

const RELATIONS = `relations:
  - id: had-access
    subject: engineers
    predicate: has_access_to
    object: us-data
    status: reported
    evidence:
      - { source: b, exact: US data accessed from China }
      - { source: a, exact: engineers in China accessed US data }
      - { source: a, exact: A spokesperson said, according_to: spokesperson, origin: self }
`;

function interchange() {
  const result = compileCorpus(
    relayCorpusWith({
      'annotations/relations.yaml': RELATIONS,
      'sources/b.yaml': 'title: Article B\npublisher_entity: gazette\nrelays: [gazette-report]\n',
    }),
  );
  if (!result.graph) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return toGraphologyInterchange(splitCorpus(result.graph).graph);
}

describe('toGraphologyInterchange', () => {
  it('imports into graphology as is', () => {
    const graph = new MultiDirectedGraph();
    graph.import(interchange() as unknown as SerializedGraph);
    expect(graph.hasEdge('had-access')).toBe(true);
    expect(graph.getEdgeAttribute('had-access', 'independentOrigins')).toBe(1);
  });

  it("spells out each quote's attribution, headline marks and origins", () => {
    const edge = interchange().edges.find((e) => e.key === 'had-access')?.attributes;
    expect(
      edge?.evidence.map(({ source, headline, headlineOnly, accordingTo, origins }) => ({
        source,
        headline,
        headlineOnly,
        accordingTo,
        origins,
      })),
    ).toEqual([
      // Article B is quoted in its headline only: listed, not counted.
      {
        source: 'b',
        headline: true,
        headlineOnly: true,
        accordingTo: ['gazette'],
        origins: ['gazette-report'],
      },
      {
        source: 'a',
        headline: false,
        headlineOnly: false,
        accordingTo: [],
        origins: ['gazette-report'],
      },
      {
        source: 'a',
        headline: false,
        headlineOnly: false,
        accordingTo: ['spokesperson'],
        origins: ['a'],
      },
    ]);
    expect(edge).toMatchObject({
      status: 'reported',
      accordingTo: ['gazette', 'spokesperson'],
      origins: ['a', 'gazette-report'],
      originGroups: [{ roots: ['a', 'gazette-report'], sources: ['a'] }],
      independentOrigins: 1,
      corroboratingSources: ['a'],
      dateEstimated: false,
    });
  });

  it('spells out claims the same way', () => {
    const claim = interchange().nodes.find((n) => n.key === 'security-team-created')?.attributes
      .claim;
    expect(claim).toMatchObject({
      status: 'attributed',
      dateEstimated: true,
      origins: ['gazette-report'],
      independentOrigins: 1,
    });
    expect(claim?.evidence[0]).toMatchObject({ headlineOnly: false, origins: ['gazette-report'] });
  });
});
