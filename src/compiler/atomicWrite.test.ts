import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from './atomicWrite';

describe('writeAtomically', () => {
  it('replaces the file whole, makes its folder, and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
    const file = join(dir, 'deep', 'graph.json');
    await writeAtomically(file, 'first');
    await writeAtomically(file, new TextEncoder().encode('second'));
    expect(await readFile(file, 'utf8')).toBe('second');
    expect(await readdir(join(dir, 'deep'))).toEqual(['graph.json']);
  });

  it('leaves the old file as it was, and no temporary file, when the rename fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
    // A folder where the file should go: the rename onto it fails.
    const target = join(dir, 'taken');
    await writeFile(join(dir, 'other.yaml'), 'kept');
    await writeAtomically(join(target, 'inner'), 'x');
    await expect(writeAtomically(target, 'over a folder')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['other.yaml', 'taken'].sort());
    expect(await readFile(join(dir, 'other.yaml'), 'utf8')).toBe('kept');
  });
});
