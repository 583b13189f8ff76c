import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './options';

describe('parseBenchOptions', () => {
  it('defaults to five runs after one warm-up and writes BENCHMARKS.md', () => {
    const options = parseBenchOptions([]);
    expect(options).toMatchObject({
      sizes: ['bundled', 'S', 'M'],
      variants: ['ours', 'floor', 'naive', 'cose', 'sigma'],
      runs: 5,
      warmups: 1,
      compileRuns: 5,
      naiveCapMs: 60_000,
      coseCapMs: 20_000,
      json: null,
      markdown: 'BENCHMARKS.md',
      reportFrom: [],
      profile: null,
    });
  });

  it('takes a folder for CPU profiles', () => {
    expect(parseBenchOptions(['--profile', 'bench/out/profiles', '--sizes', 'M']).profile).toBe(
      'bench/out/profiles',
    );
    expect(() => parseBenchOptions(['--profile'])).toThrow();
  });

  it('reads saved results to report from, in order', () => {
    expect(
      parseBenchOptions(['--report-from', 'bench/out/bSM.json, bench/out/L.json']).reportFrom,
    ).toEqual(['bench/out/bSM.json', 'bench/out/L.json']);
  });

  it('treats --runs 1 as the quick CI mode', () => {
    const options = parseBenchOptions(['--sizes', 'S', '--runs', '1']);
    expect(options).toMatchObject({
      sizes: ['S'],
      runs: 1,
      warmups: 0,
      coseCapMs: 5_000,
      markdown: 'bench/out/BENCHMARKS.quick.md',
    });
  });

  it('reads lists, caps in seconds and output files', () => {
    const options = parseBenchOptions([
      '--sizes=S,M,L',
      '--variants',
      'ours,floor',
      '--cose-cap',
      '7.5',
      '--json',
      'out.json',
      '--md',
      '-',
    ]);
    expect(options.sizes).toEqual(['S', 'M', 'L']);
    expect(options.variants).toEqual(['ours', 'floor']);
    expect(options.coseCapMs).toBe(7_500);
    expect(options.json).toBe('out.json');
    expect(options.markdown).toBeNull();
  });

  it('rejects what it does not know', () => {
    expect(() => parseBenchOptions(['--sizes', 'XXL'])).toThrow(/unknown size "XXL"/);
    expect(() => parseBenchOptions(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseBenchOptions(['--frobnicate'])).toThrow();
  });
});
