import { describe, expect, it } from 'vitest';
import { decodeViewState } from './codec';
import { describeDecodeResult } from './describe';
import { MAX_QUERY_LENGTH } from './limits';

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

  it('isolates right-to-left values and bidi controls from the words around them', () => {
    // "وزارة" is a well-formed id that is not in the graph; U+202E makes hops unreadable.
    const result = decodeViewState('sel=%D9%88%D8%B2%D8%A7%D8%B1%D8%A9&hops=%E2%80%AEx', {
      knownIds: () => null,
    });
    expect(describeDecodeResult(result).map((notice) => notice.items)).toEqual([
      ['\u2068وزارة\u2069 (sel)'],
      ['hops=\u2068\u202Ex\u2069: not a valid value'],
    ]);
  });

  it('mentions problems beyond the listed ones', () => {
    const ids = Array.from({ length: 150 }, (_, i) => `g${i}`).join(',');
    const notices = describeDecodeResult(decodeViewState(`hide=${ids}`, { knownIds: () => null }));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.items?.at(-1)).toBe('…and 50 more');
  });

  it('reports a truncated or unreadable link', () => {
    const long = decodeViewState(`focus=a&x=${'y'.repeat(MAX_QUERY_LENGTH)}`);
    expect(describeDecodeResult(long)[0]?.kind).toBe('warning');
    const broken = decodeViewState('focus=a', {
      knownIds: () => {
        throw new Error('boom');
      },
    });
    expect(describeDecodeResult(broken)).toEqual([{ kind: 'error', message: expect.any(String) }]);
  });
});
