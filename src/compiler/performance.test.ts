// Opt-in (COMPILER_PERF=1): 50k entities and 150k relations must compile in under 30 s on two
// cores. Skipped by default because it needs an otherwise idle machine to mean anything.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCorpusDir } from './compileCorpusDir';
import { generateCorpus } from './__fixtures__/generateCorpus';

describe.runIf(process.env.COMPILER_PERF === '1')('compile time', () => {
  it('compiles 50k entities / 150k relations in under 30 s', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compiler-perf-'));
    try {
      for (const [file, content] of Object.entries(
        generateCorpus({ entities: 50_000, relations: 150_000 }),
      )) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), content);
      }
      const started = Date.now();
      const result = await compileCorpusDir(dir);
      const seconds = (Date.now() - started) / 1000;
      console.log(`compiled in ${seconds.toFixed(1)} s`);
      expect(result.graph?.nodes).toHaveLength(50_000);
      expect(seconds).toBeLessThan(30);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
