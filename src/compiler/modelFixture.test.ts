// The model's provenance tests read a graph this compiler made (the model may not import the
// compiler): this checks it is still what the compiler makes. UPDATE_FIXTURES=1 rewrites it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
