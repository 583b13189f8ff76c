import { describe, expect, it } from 'vitest';
import { decodeViewState } from './codec';
import { describeDecodeResult } from './describe';

describe('describeDecodeResult', () => {
  it('says nothing about a clean link', () => {
    expect(describeDecodeResult(decodeViewState('v=1&focus=a'))).toEqual([]);
  });

  it('turns every finding into a readable notice', () => {
    const result = decodeViewState('v=2&focus=gone&hops=x&pin=old&utm=1', {
      knownIds: (id) => (id === 'old' ? 'new' : null),
    });
    expect(describeDecodeResult(result)).toEqual([
      { kind: 'info', message: expect.stringMatching(/newer version/) },
      { kind: 'info', message: expect.stringMatching(/not used/), items: ['utm'] },
      { kind: 'info', message: expect.stringMatching(/renamed/), items: ['old → new'] },
      { kind: 'warning', message: expect.stringMatching(/no longer/), items: ['gone (focus)'] },
      {
        kind: 'warning',
        message: expect.stringMatching(/could not be read/),
        items: ['hops=x: not a valid value'],
      },
    ]);
  });

  it('mentions problems beyond the listed ones', () => {
    const ids = Array.from({ length: 150 }, (_, i) => `g${i}`).join(',');
    const notices = describeDecodeResult(decodeViewState(`hide=${ids}`, { knownIds: () => null }));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.items?.at(-1)).toBe('…and 50 more');
  });

  it('reports a truncated or unreadable link', () => {
    const long = decodeViewState(`focus=a&x=${'y'.repeat(300_000)}`);
    expect(describeDecodeResult(long)[0]?.kind).toBe('warning');
    const broken = decodeViewState('focus=a', {
      knownIds: () => {
        throw new Error('boom');
      },
    });
    expect(describeDecodeResult(broken)).toEqual([{ kind: 'error', message: expect.any(String) }]);
  });
});
