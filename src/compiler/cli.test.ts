import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledGraphSchema, parseCompiledTexts } from '../schema/compiledGraph';
import { parseArgs } from './cli';
import { FIXTURES_DIR } from './__fixtures__/loadFixture';

const ROOT = join(FIXTURES_DIR, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'compiler-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runCli(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/compiler/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = (name: string): string => relative(ROOT, join(FIXTURES_DIR, name));

// Each test spawns a process (npx tsx), which can take seconds on a busy machine.
describe('cli', { timeout: 60_000 }, () => {
  it('compiles a corpus, writes the graph and its texts, and prints a one-line summary', () => {
    const out = join(tmp, 'nested/graph.json');
    const { code, stdout } = runCli('--data', fixture('small'), '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/: 6 entities, 4 relations, 2 claims, 2 sources \(\d+ ms\)\n$/);
    const graph = compiledGraphSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const texts = parseCompiledTexts(
      JSON.parse(readFileSync(join(tmp, 'nested/graph.texts.json'), 'utf8')),
      graph,
    );
    if (!texts.success) throw texts.error;
    expect(Object.keys(texts.data.sources).sort()).toEqual(
      graph.attributes.sources.map((source) => source.id).sort(),
    );
    for (const source of graph.attributes.sources)
      expect(texts.data.sources[source.id]?.text).toHaveLength(source.textLength);
  });

  it('prints file:line:col errors, exits 1 and leaves an existing output untouched', () => {
    const out = join(tmp, 'existing.json');
    writeFileSync(out, 'previous');
    const { code, stderr } = runCli('--data', fixture('broken'), '--out', out);
    expect(code).toBe(1);
    const dir = fixture('broken');
    expect(stderr).toContain(
      `${dir}/annotations/a.yaml:6:11: unknown entity type "persn" (did you mean "person"?)`,
    );
    expect(stderr).toContain(`${dir}/annotations/a.yaml:11:16: unknown predicate "met"`);
    expect(stderr).toContain(`${dir}/annotations/a.yaml:15:16: quote not found in sources/s1.txt`);
    expect(stderr).toContain(
      `${dir}/sources/s1.yaml:2:6: url "www.example.org" is not an http(s) URL`,
    );
    expect(stderr).toMatch(/4 errors, 0 warnings: nothing written to /);
    expect(readFileSync(out, 'utf8')).toBe('previous');
  });

  it("writes graphology's serialisation with the attribution spelt out, and no texts file", () => {
    const out = join(tmp, 'interchange/graph.json');
    const { code } = runCli('--data', fixture('small'), '--out', out, '--format', 'graphology');
    expect(code).toBe(0);
    expect(existsSync(join(tmp, 'interchange/graph.texts.json'))).toBe(false);
    const graph = new MultiDirectedGraph();
    graph.import(JSON.parse(readFileSync(out, 'utf8')) as SerializedGraph);
    expect(graph.order).toBe(8);
    const accessed = graph.getEdgeAttributes('employees-accessed-us-data');
    expect(accessed).toMatchObject({
      status: 'reported',
      accordingTo: [],
      origins: ['s001'],
      independentOrigins: 1,
      dateEstimated: false,
    });
    expect(accessed.evidence[0]).toMatchObject({
      source: 's001',
      headline: false,
      headlineOnly: false,
      accordingTo: [],
      origins: ['s001'],
    });
    const claim = graph.getNodeAttribute('claim-us-data-stored-in-us', 'claim') as {
      dateEstimated: boolean;
      independentOrigins: number;
    };
    expect(claim).toMatchObject({ dateEstimated: true, independentOrigins: 2 });
  });

  it('creates no output file on error', () => {
    const out = join(tmp, 'never.json');
    expect(runCli('--data', fixture('broken'), '--out', out).code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(tmp, 'never.texts.json'))).toBe(false);
  });

  it('explains a missing corpus folder', () => {
    const { code, stderr } = runCli('--data', 'no-such-folder', '--out', join(tmp, 'x.json'));
    expect(code).toBe(1);
    expect(stderr).toContain('no-such-folder:1:1: corpus folder not found');
  });
});

describe('parseArgs', () => {
  it('reads --data and --out in both spellings, with defaults', () => {
    expect(parseArgs([])).toEqual({
      data: 'data',
      out: 'build/graph.json',
      format: 'compiled',
      cache: true,
    });
    expect(
      parseArgs(['--data', 'd', '--out=o.json', '--no-cache', '--format', 'graphology']),
    ).toEqual({
      data: 'd',
      out: 'o.json',
      format: 'graphology',
      cache: false,
    });
    expect(parseArgs(['--format=gexf'])).toMatch(
      /^--format must be compiled or graphology, not "gexf"/,
    );
    expect(parseArgs(['--nope'])).toMatch(/^unknown argument "--nope"/);
    expect(parseArgs(['--out'])).toMatch(/^--out needs a value/);
  });
});
