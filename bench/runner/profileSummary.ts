// Reads a Chromium CPU profile (the DevTools protocol's Profiler.Profile): which functions the
// samples fell in, by self time. Pure, so it can be tested on a hand-made profile.

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  /** The node each sample fell in. */
  samples: number[];
  /** Microseconds since the previous sample (the first: since the profile started). */
  timeDeltas: number[];
}

export interface HotFunction {
  /** `name file:line` (line 1-based); anonymous functions are "(anonymous)". */
  where: string;
  selfMs: number;
  /** Of the time the page was busy: idle time is left out. */
  share: number;
}

const IDLE = '(idle)';

/** The `count` functions with the most self time, heaviest first. */
export function topSelfTime(profile: CpuProfile, count: number): HotFunction[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<string, number>();
  let busyMs = 0;
  profile.samples.forEach((id, index) => {
    // A sample stands for the time until the next one.
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === IDLE) return;
    const file = frame.url.split('/').pop() ?? '';
    const where = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
    selfMs.set(where, (selfMs.get(where) ?? 0) + ms);
    busyMs += ms;
  });
  return [...selfMs]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, count)
    .map(([where, ms]) => ({ where, selfMs: ms, share: busyMs > 0 ? ms / busyMs : 0 }));
}

export function formatHotFunctions(hot: readonly HotFunction[]): string {
  return hot
    .map(
      (f) =>
        `${f.selfMs.toFixed(1).padStart(8)} ms ${(100 * f.share).toFixed(0).padStart(3)}%  ${f.where}`,
    )
    .join('\n');
}
