import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ABSENT_VERSION } from '../schema/annotationProtocol';
import { UndoHistory, versionOf } from './undoHistory';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'undo-history-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const bytes = (text: string) => Buffer.from(text, 'utf8');
const kept = async () => (await readdir(dir)).filter((name) => name.endsWith('.bytes')).sort();

describe('UndoHistory', () => {
  it('gives back the last save’s bytes exactly, from a new instance on the same folder', async () => {
    const history = new UndoHistory(dir);
    const before = Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0xff]);
    expect(await history.push({ file: 'annotations/a.yaml', before, after: 'v2' })).toBe(1);
    expect(await history.push({ file: 'annotations/b.yaml', before: null, after: 'v3' })).toBe(2);

    const restarted = new UndoHistory(dir);
    expect(await restarted.count()).toBe(2);
    expect(await restarted.last()).toEqual({
      file: 'annotations/b.yaml',
      before: null,
      after: 'v3',
    });
    expect(await restarted.pop()).toBe(1);
    const last = await new UndoHistory(dir).last();
    expect(last).toEqual({ file: 'annotations/a.yaml', before, after: 'v2' });
    expect(last !== null && last !== 'damaged' && last.before?.equals(before)).toBe(true);
  });

  it('keeps only the last `limit` saves and deletes the bytes no entry needs', async () => {
    const history = new UndoHistory(dir, 3);
    for (let i = 0; i < 5; i += 1) {
      await history.push({
        file: 'annotations/a.yaml',
        before: bytes(`v${i}`),
        after: `after-${i}`,
      });
    }
    expect(await history.count()).toBe(3);
    expect(await kept()).toEqual(
      ['v2', 'v3', 'v4'].map((text) => `${versionOf(bytes(text))}.bytes`).sort(),
    );
    await history.pop();
    expect(await kept()).toEqual(
      ['v2', 'v3'].map((text) => `${versionOf(bytes(text))}.bytes`).sort(),
    );
    expect(await new UndoHistory(dir, 3).count()).toBe(2);
  });

  it('keeps one copy of bytes two saves share', async () => {
    const history = new UndoHistory(dir);
    await history.push({ file: 'annotations/a.yaml', before: bytes('same'), after: 'x' });
    await history.push({ file: 'annotations/b.yaml', before: bytes('same'), after: 'y' });
    await history.pop();
    expect(await kept()).toEqual([`${versionOf(bytes('same'))}.bytes`]);
  });

  it('says damaged when the kept bytes are gone or changed, never hands them out', async () => {
    const history = new UndoHistory(dir);
    await history.push({ file: 'annotations/a.yaml', before: bytes('original'), after: 'x' });
    const [name] = await kept();
    await writeFile(join(dir, name ?? ''), 'tampered');
    expect(await new UndoHistory(dir).last()).toBe('damaged');
    await rm(join(dir, name ?? ''));
    expect(await new UndoHistory(dir).last()).toBe('damaged');
  });

  it('starts empty on a missing or unreadable index, and drops malformed entries', async () => {
    expect(await new UndoHistory(join(dir, 'none')).count()).toBe(0);
    await writeFile(join(dir, 'history.json'), '{ not json');
    expect(await new UndoHistory(dir).last()).toBeNull();
    await writeFile(
      join(dir, 'history.json'),
      JSON.stringify({
        entries: [
          { file: 'annotations/a.yaml', before: ABSENT_VERSION, after: 'x' },
          { file: 'annotations/b.yaml', before: '../../etc/passwd', after: 'y' },
          { file: 7, before: ABSENT_VERSION, after: 'z' },
        ],
      }),
    );
    const history = new UndoHistory(dir);
    expect(await history.count()).toBe(1);
    expect(await history.last()).toEqual({ file: 'annotations/a.yaml', before: null, after: 'x' });
    expect(JSON.parse(await readFile(join(dir, 'history.json'), 'utf8'))).toMatchObject({
      entries: [{ file: 'annotations/a.yaml' }, { file: 'annotations/b.yaml' }, { file: 7 }],
    });
  });
});
