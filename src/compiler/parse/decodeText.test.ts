import { describe, expect, it } from 'vitest';
import { decodeText, positionAt } from './decodeText';

describe('decodeText', () => {
  it('reports a byte-order mark and strips it', () => {
    const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]));
    expect(decoded.text).toBe('a');
    expect(decoded.problems[0]?.message).toContain('save without BOM');
  });

  it('refuses a NUL byte, pointing at it', () => {
    const decoded = decodeText('ab\ncd\0');
    expect(decoded.text).toBeUndefined();
    expect(decoded.problems[0]).toMatchObject({ pos: { line: 2, col: 3 } });
    expect(decoded.problems[0]?.message).toContain('NUL byte');
  });

  it('refuses invalid UTF-8', () => {
    const decoded = decodeText(new Uint8Array([0x61, 0x0a, 0x62, 0xff]));
    expect(decoded.text).toBeUndefined();
    expect(decoded.problems[0]).toMatchObject({ pos: { line: 2, col: 2 } });
    expect(decoded.problems[0]?.message).toContain('not valid UTF-8');
  });

  it('refuses a 50 MB file quickly, before decoding it', () => {
    const started = Date.now();
    const decoded = decodeText(new Uint8Array(50 * 1024 * 1024));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(decoded.text).toBeUndefined();
    expect(decoded.problems[0]?.message).toContain('file is 50 MB, over the 20 MB limit');
  });

  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, col: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
  });
});
