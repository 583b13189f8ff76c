// The real corpus in data/ (written alongside the app): it must always compile cleanly.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGraphProblems } from './checkGraph';
import { compileCorpus } from './compileCorpus';
import { formatDiagnostic } from './diagnostics';
import { serializeCorpus } from './output/buildGraph';
import { readCorpusDir } from './readCorpusDir';
import { FIXTURES_DIR } from './__fixtures__/loadFixture';

const DATA_DIR = join(FIXTURES_DIR, '../../../data');

describe.runIf(existsSync(join(DATA_DIR, 'sources')))('the bundled corpus (data/)', () => {
  it('compiles without errors into a sound, deterministic graph', async () => {
    const files = await readCorpusDir(DATA_DIR);
    const first = compileCorpus(files);
    const errors = first.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => formatDiagnostic(d));
    expect(errors).toEqual([]);
    if (!first.graph) throw new Error('no graph');
    expect(findGraphProblems(first.graph)).toEqual([]);
    const second = compileCorpus(await readCorpusDir(DATA_DIR));
    expect(second.graph && serializeCorpus(second.graph)).toEqual(serializeCorpus(first.graph));
  });
});
