import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from './__fixtures__/loadFixture';
import { compileCorpusDir } from './compileCorpusDir';
import { createMemoryCache } from './parse/parseCache';
import type { CompileProgress, CompileStage } from './progress';

async function compileWithProgress(): Promise<CompileProgress[]> {
  const events: CompileProgress[] = [];
  const result = await compileCorpusDir(join(FIXTURES_DIR, 'small'), process.cwd(), {
    cache: createMemoryCache(),
    onProgress: (progress) => events.push(progress),
  });
  expect(result.graph).toBeDefined();
  return events;
}

const of = (events: CompileProgress[], stage: CompileStage) =>
  events.filter((e) => e.stage === stage);

describe('compile progress', () => {
  it('reports the stages in order, each counting up to its total', async () => {
    const events = await compileWithProgress();
    const order = events.map((e) => e.stage).filter((s, i, all) => all[i - 1] !== s);
    expect(order).toEqual(['parse', 'anchor', 'layout', 'write']);
    for (const stage of ['parse', 'anchor', 'layout'] as const) {
      const seen = of(events, stage);
      const dones = seen.map((e) => e.done);
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      expect(seen.at(-1)?.done).toBe(seen.at(-1)?.total);
      expect(new Set(seen.map((e) => e.total)).size).toBe(1);
    }
  });

  it('counts every YAML file, every quote and every layout iteration', async () => {
    const events = await compileWithProgress();
    // The small fixture: corpus.yaml, two sources' .yaml, entities.yaml, relations.yaml (the
    // claims file is JSON, which is not parsed ahead).
    expect(of(events, 'parse').at(-1)).toEqual({ stage: 'parse', done: 5, total: 5 });
    const anchor = of(events, 'anchor').at(-1);
    expect(anchor?.total).toBeGreaterThan(0);
    // A small graph: every ForceAtlas2 iteration, then each round making room for labels, and
    // the total at once if those rounds end early.
    const layout = of(events, 'layout');
    const total = layout.at(-1)?.total ?? 0;
    const steps = layout.map((e) => e.done).filter((done) => done < total);
    expect(steps).toEqual(Array.from({ length: steps.length }, (_, i) => i + 1));
    expect(layout.at(-1)?.done).toBe(total);
    expect(total).toBeGreaterThan(120);
  });
});
