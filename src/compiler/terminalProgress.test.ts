import { describe, expect, it } from 'vitest';
import { createProgressReporter, describeProgress, isCi } from './terminalProgress';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

function fakeClock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('describeProgress', () => {
  it('names the stage, its place, the count, the share and the time', () => {
    expect(describeProgress({ stage: 'anchor', done: 45_000, total: 150_000 }, 12_345)).toBe(
      '[2/4] anchoring quotes 45,000 / 150,000 (30%), 12.3 s',
    );
    expect(describeProgress({ stage: 'parse', done: 3, total: 80 }, 400)).toBe(
      '[1/4] parsing files 3 / 80 (3%), 0.4 s',
    );
    expect(describeProgress({ stage: 'layout', done: 0, total: 0 }, 0)).toBe(
      '[3/4] laying out iterations 0 / 0, 0.0 s',
    );
  });
});

describe('isCi', () => {
  it('takes any CI value but an explicit no', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({ CI: 'woodpecker' })).toBe(true);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({ CI: '0' })).toBe(false);
    expect(isCi({ CI: '' })).toBe(false);
    expect(isCi({})).toBe(false);
  });
});

describe('createProgressReporter', () => {
  it('rewrites one line on a terminal, at most every interval but at every stage change and end', () => {
    const stream = fakeStream(true);
    const clock = fakeClock();
    const reporter = createProgressReporter(stream, {}, { now: clock.now, intervalMs: 100 });
    reporter.onProgress({ stage: 'parse', done: 0, total: 4 });
    clock.advance(10);
    reporter.onProgress({ stage: 'parse', done: 1, total: 4 }); // too soon: skipped
    clock.advance(100);
    reporter.onProgress({ stage: 'parse', done: 2, total: 4 });
    clock.advance(1);
    reporter.onProgress({ stage: 'parse', done: 4, total: 4 }); // the end of a stage: shown
    clock.advance(200);
    reporter.onProgress({ stage: 'parse', done: 4, total: 4 }); // nothing new: skipped
    clock.advance(1);
    reporter.onProgress({ stage: 'anchor', done: 10, total: 20 }); // a new stage: shown
    reporter.finish();
    expect(stream.writes).toEqual([
      '\r\u001b[K[1/4] parsing files 0 / 4 (0%), 0.0 s',
      '\r\u001b[K[1/4] parsing files 2 / 4 (50%), 0.1 s',
      '\r\u001b[K[1/4] parsing files 4 / 4 (100%), 0.1 s',
      '\r\u001b[K[2/4] anchoring quotes 10 / 20 (50%), 0.3 s',
      '\r\u001b[K',
    ]);
    // Nothing was shown since: nothing to clear.
    reporter.finish();
    expect(stream.writes).toHaveLength(5);
    // Used again (the CLI shows its writes after the diagnostics), it starts a new line.
    reporter.onProgress({ stage: 'parse', done: 4, total: 4 });
    expect(stream.writes.at(-1)).toBe('\r\u001b[K[1/4] parsing files 4 / 4 (100%), 0.3 s');
  });

  it('stays quiet when the stream is not a terminal, or in CI', () => {
    for (const [stream, env] of [
      [fakeStream(false), {}],
      [fakeStream(true), { CI: 'true' }],
    ] as const) {
      const reporter = createProgressReporter(stream, env);
      reporter.onProgress({ stage: 'layout', done: 1, total: 300 });
      reporter.onProgress({ stage: 'layout', done: 300, total: 300 });
      reporter.finish();
      expect(stream.writes).toEqual([]);
    }
  });

  it('clears nothing when it showed nothing', () => {
    const stream = fakeStream(true);
    createProgressReporter(stream, {}).finish();
    expect(stream.writes).toEqual([]);
  });
});
