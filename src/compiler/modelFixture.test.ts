// The model's provenance tests read a graph this compiler made (the model may not import the
// compiler): this checks it is still what the compiler makes. UPDATE_FIXTURES=1 rewrites it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGraphProblems } from './checkGraph';
import { compileCorpus } from './compileCorpus';
import { serializeCorpus } from './output/buildGraph';
import { FIXTURES_DIR } from './__fixtures__/loadFixture';
import { provenanceCorpus } from './__fixtures__/relayCorpus';

const FIXTURE = join(FIXTURES_DIR, '../../model/__fixtures__/provenanceGraph.json');

describe("the model's provenance fixture", () => {
  it('is what the compiler makes of the provenance corpus', () => {
    const result = compileCorpus(provenanceCorpus());
    expect(result.diagnostics.map((d) => d.message)).toEqual([]);
    if (!result.graph) throw new Error('no graph');
    const json = serializeCorpus(result.graph).graph;
    if (process.env.UPDATE_FIXTURES || !existsSync(FIXTURE)) writeFileSync(FIXTURE, json);
    expect(readFileSync(FIXTURE, 'utf8')).toBe(json);
  });

  it('satisfies every invariant, and a broken attribution is caught', () => {
    const graph = compileCorpus(provenanceCorpus()).graph;
    if (!graph) throw new Error('no graph');
    expect(findGraphProblems(graph)).toEqual([]);
    // Claims are objects in the file, not columns: nothing but these invariants checks them.
    const claim = graph.nodes.find((n) => n.key === 'security-team-created')?.attributes.claim;
    if (!claim) throw new Error('no claim');
    claim.accordingTo = ['nobody'];
    claim.origins = [{ roots: ['elsewhere'], sources: ['a'] }];
    claim.dateRelativeTo = 'nowhere';
    expect(findGraphProblems(graph)).toEqual([
      'security-team-created: according to unknown entity nobody',
      'security-team-created: an origin with no root, or one the graph does not list',
      'security-team-created: date read against unknown source nowhere',
    ]);
  });
});
