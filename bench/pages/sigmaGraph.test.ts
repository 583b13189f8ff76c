import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../src/compiler/compileCorpus';
import { loadFixture } from '../../src/compiler/__fixtures__/loadFixture';
import { splitCorpus } from '../../src/compiler/output/buildGraph';
import type { CompiledGraph } from '../../src/schema/compiledGraph';
import { checkDrewEverything } from '../runner/measureBaseline';
import { buildSigmaGraph, countDrawn, hubs } from './sigmaGraph';

function compiledFixture(): CompiledGraph {
  const result = compileCorpus(loadFixture('small'));
  if (!result.graph) throw new Error(JSON.stringify(result.diagnostics));
  return splitCorpus(result.graph).graph;
}

describe('the sigma baseline', () => {
  const compiled = compiledFixture();
  const graph = buildSigmaGraph(compiled);

  it('hands sigma every node at its compiled position with its label, and every edge', () => {
    expect(graph.order).toBe(compiled.nodes.length);
    expect(graph.size).toBe(compiled.edges.key.length);
    for (const node of compiled.nodes) {
      expect(graph.getNodeAttributes(node.key)).toMatchObject({
        x: node.attributes.x,
        y: node.attributes.y,
        label: node.attributes.label,
      });
    }
    compiled.edges.key.forEach((key, e) => {
      expect(graph.source(key)).toBe(compiled.nodes[compiled.edges.source[e] ?? -1]?.key);
      expect(graph.target(key)).toBe(compiled.nodes[compiled.edges.target[e] ?? -1]?.key);
    });
  });

  it('refuses an edge to a node the graph does not have, naming the edge', () => {
    const key = compiled.edges.key[0] ?? '';
    const broken = {
      ...compiled,
      edges: { ...compiled.edges, target: compiled.edges.target.map(() => 999) },
    };
    expect(() => buildSigmaGraph(broken)).toThrow(`edge 0 (${key})`);
  });

  it('sizes nodes by degree and offers the best-connected ones to click', () => {
    const [first, second] = hubs(graph, 2);
    expect(first).toBeDefined();
    const degree = (key: string | undefined) => graph.degree(key ?? '');
    expect(degree(first)).toBeGreaterThanOrEqual(degree(second));
    expect(Math.max(...graph.mapNodes((node) => degree(node)))).toBe(degree(first));
    const size = (key: string | undefined) => graph.getNodeAttribute(key ?? '', 'size');
    expect(size(first)).toBeGreaterThanOrEqual(size(second));
  });

  it('counts what sigma drew, and the run fails when that is not every element', () => {
    const expected = { nodes: graph.order, edges: graph.size };
    const everything = countDrawn(graph, {
      node: () => ({ visibility: 'visible' }),
      edge: () => ({ visibility: 'visible' }),
    });
    expect(everything).toEqual(expected);
    expect(checkDrewEverything(everything, expected)).toBeNull();

    const [hidden] = graph.nodes();
    const [missing] = graph.edges();
    const partial = countDrawn(graph, {
      node: (key) => ({ visibility: key === hidden ? 'hidden' : 'visible' }),
      edge: (key) => (key === missing ? undefined : { visibility: 'visible' }),
    });
    expect(partial).toEqual({ nodes: graph.order - 1, edges: graph.size - 1 });
    expect(checkDrewEverything(partial, expected)).toBe(
      `drew ${graph.order - 1} nodes / ${graph.size - 1} edges; the graph has ${graph.order} / ${graph.size}`,
    );
  });
});
