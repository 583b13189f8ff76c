import { describe, expect, it } from 'vitest';
import { formatHotFunctions, topSelfTime, type CpuProfile } from './profileSummary';

const frame = (functionName: string, url = 'http://x/assets/index.js', lineNumber = 9) => ({
  functionName,
  url,
  lineNumber,
});

// root → (idle); root → apply → style; a sample every 1 ms (deltas in µs).
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 3] },
    { id: 2, callFrame: frame('(idle)', '') },
    { id: 3, callFrame: frame('apply'), children: [4] },
    { id: 4, callFrame: frame('', 'http://x/assets/cytoscape.js', 41) },
  ],
  samples: [2, 3, 4, 4, 4, 2, 3],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
};

describe('topSelfTime', () => {
  it('counts each sample until the next, leaves idle time out, and ranks by self time', () => {
    const hot = topSelfTime(profile, 5);
    expect(hot).toEqual([
      { where: '(anonymous) cytoscape.js:42', selfMs: 3, share: 0.6 },
      { where: 'apply index.js:10', selfMs: 2, share: 0.4 },
    ]);
    expect(topSelfTime(profile, 1)).toHaveLength(1);
    expect(formatHotFunctions(hot).split('\n')[0]).toBe(
      '     3.0 ms  60%  (anonymous) cytoscape.js:42',
    );
  });

  it('reports nothing for a profile with no samples', () => {
    expect(topSelfTime({ nodes: [], samples: [], timeDeltas: [] }, 3)).toEqual([]);
  });
});
