import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ABSENT_VERSION, type SaveRequest } from '../schema/annotationProtocol';
import { AnnotateRefusal, AnnotationFiles } from './annotationFiles';
import { UNDO_LIMIT, versionOf } from './undoHistory';

const DATA = join(import.meta.dirname, '../../data');
const FILE = 'annotations/relations-organizations.yaml';
const SOURCE = 'tiktok-data-of-us-users-repeatedly-accessed-by-china';

let dir = '';
let historyDir = '';
let files: AnnotationFiles;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'annotation-files-'));
  historyDir = await mkdtemp(join(tmpdir(), 'annotation-history-'));
  await cp(DATA, dir, { recursive: true });
  files = new AnnotationFiles(dir, historyDir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(historyDir, { recursive: true, force: true });
});

const read = (file: string) => readFile(join(dir, file), 'utf8');

async function passageOf(quote: string) {
  const text = await read(`sources/${SOURCE}.txt`);
  const start = text.indexOf(quote);
  return { source: SOURCE, start, end: start + quote.length };
}

async function addRelation(id: string, version?: string): Promise<SaveRequest> {
  return {
    file: FILE,
    version: version ?? (await files.version(FILE)).version,
    operation: {
      type: 'add',
      section: 'relations',
      fields: { id, subject: 'bytedance', predicate: 'owns', object: 'tiktok' },
      passage: await passageOf('its parent company ByteDance'),
    },
  };
}

async function refusalOf(promise: Promise<unknown>): Promise<AnnotateRefusal> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AnnotateRefusal))
    throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('AnnotationFiles', () => {
  it('writes a valid edit, and the version it answers is the new bytes’ hash', async () => {
    const before = await read(FILE);
    const saved = await files.save(await addRelation('bytedance-owns-tiktok-again'));
    const after = await read(FILE);
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(
      [
        '  - id: bytedance-owns-tiktok-again',
        '    subject: bytedance',
        '    predicate: owns',
        '    object: tiktok',
        '    evidence:',
        `      - source: ${SOURCE}`,
        '        exact: its parent company ByteDance',
        '',
      ].join('\n'),
    );
    expect(saved).toEqual({ file: FILE, version: versionOf(Buffer.from(after)), undoable: 1 });
    // No temporary file is left beside it.
    expect(
      (await readdir(join(dir, 'annotations'))).filter((name) => name.startsWith('.')),
    ).toEqual([]);
  });

  it('refuses an edit the compiler refuses, with its message, and leaves the file untouched', async () => {
    const before = await read(FILE);
    const request = await addRelation('bytedance-owns-tiktok'); // an id that exists already
    const refusal = await refusalOf(files.save(request));
    expect(refusal.status).toBe(422);
    expect(refusal.body.kind).toBe('invalid');
    expect(
      refusal.body.errors?.some((line) => /duplicate id "bytedance-owns-tiktok"/.test(line)),
    ).toBe(true);
    expect(refusal.body.message).toMatch(
      /^The compiler refused this edit, so annotations\/relations-organizations.yaml was not changed: /,
    );
    expect(await read(FILE)).toBe(before);
    expect(await files.undoable()).toBe(0);
  });

  it('refuses a save made from an older version of the file (an editor, another tab)', async () => {
    const stale = (await files.version(FILE)).version;
    const edited = `${await read(FILE)}# changed in an editor\n`;
    await writeFile(join(dir, FILE), edited);
    const refusal = await refusalOf(files.save(await addRelation('x-owns-y', stale)));
    expect(refusal.status).toBe(409);
    expect(refusal.body.kind).toBe('conflict');
    expect(refusal.body.message).toMatch(/changed on disk since this page read it/);
    expect(await read(FILE)).toBe(edited);
  });

  it('two saves from the same version: the second is refused', async () => {
    const version = (await files.version(FILE)).version;
    const [first, second] = await Promise.allSettled([
      files.save(await addRelation('first-tab-relation', version)),
      files.save(await addRelation('second-tab-relation', version)),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(second.status).toBe('rejected');
    expect(await read(FILE)).toContain('first-tab-relation');
    expect(await read(FILE)).not.toContain('second-tab-relation');
  });

  it('undo restores the previous bytes exactly, one save at a time, a created file included', async () => {
    const original = await read(FILE);
    await files.save(await addRelation('one-more'));
    const afterOne = await read(FILE);
    const newFile = 'annotations/new/by-source.yaml';
    await files.save({
      file: newFile,
      version: ABSENT_VERSION,
      operation: {
        type: 'add',
        section: 'entities',
        fields: { id: 'a-new-one', type: 'person', label: 'Somebody New' },
      },
    });
    expect(await read(newFile)).toBe(
      'entities:\n  - id: a-new-one\n    type: person\n    label: Somebody New\n',
    );

    expect(await files.undo()).toEqual({ file: newFile, version: ABSENT_VERSION, undoable: 1 });
    await expect(read(newFile)).rejects.toThrow(/ENOENT/);
    expect(await read(FILE)).toBe(afterOne);
    await files.undo();
    expect(await read(FILE)).toBe(original);
    expect((await refusalOf(files.undo())).body.kind).toBe('nothing-to-undo');
  });

  it('will not undo over a change made on disk after the save', async () => {
    await files.save(await addRelation('one-more'));
    const edited = `${await read(FILE)}# and then an editor\n`;
    await writeFile(join(dir, FILE), edited);
    expect((await refusalOf(files.undo())).body.kind).toBe('conflict');
    expect(await read(FILE)).toBe(edited);
  });

  it('keeps the last 50 saves for undo', async () => {
    // A corpus of one short source, so that fifty compiles take no time.
    const small = await mkdtemp(join(tmpdir(), 'annotation-files-small-'));
    await writeFile(join(small, 'corpus.yaml'), 'title: Small\n');
    await mkdir(join(small, 'sources'));
    await writeFile(join(small, 'sources/s.yaml'), 'title: S\n');
    await writeFile(join(small, 'sources/s.txt'), 'Many people spoke.\n');
    const smallFiles = new AnnotationFiles(small, `${small}-history`);
    const file = 'annotations/many.yaml';
    const versions: string[] = [];
    for (let i = 0; i < UNDO_LIMIT + 2; i += 1) {
      const { version } = await smallFiles.version(file);
      versions.push(version);
      await smallFiles.save({
        file,
        version,
        operation: {
          type: 'add',
          section: 'entities',
          fields: { id: `person-${i}`, type: 'person', label: `Person ${i}` },
        },
      });
    }
    expect(await smallFiles.undoable()).toBe(UNDO_LIMIT);
    for (let i = 0; i < UNDO_LIMIT; i += 1) await smallFiles.undo();
    // Back to the file as it was before the third save, not further.
    expect((await smallFiles.version(file)).version).toBe(versions[2]);
    expect((await refusalOf(smallFiles.undo())).body.kind).toBe('nothing-to-undo');
    await rm(small, { recursive: true, force: true });
    await rm(`${small}-history`, { recursive: true, force: true });
  });

  it('undoes saves made before a restart (a new server on the same history folder)', async () => {
    const original = await read(FILE);
    await files.save(await addRelation('one-more'));
    const afterOne = await read(FILE);
    await files.save(await addRelation('two-more'));

    const restarted = new AnnotationFiles(dir, historyDir);
    expect(await restarted.undoable()).toBe(2);
    expect(await restarted.undo()).toEqual({
      file: FILE,
      version: versionOf(Buffer.from(afterOne)),
      undoable: 1,
    });
    expect(await read(FILE)).toBe(afterOne);

    // Still refused over a change made on disk after the save.
    const edited = `${afterOne}# and then an editor\n`;
    await writeFile(join(dir, FILE), edited);
    const again = new AnnotationFiles(dir, historyDir);
    expect((await refusalOf(again.undo())).body.kind).toBe('conflict');
    expect(await read(FILE)).toBe(edited);
    await writeFile(join(dir, FILE), afterOne);
    await again.undo();
    expect(await read(FILE)).toBe(original);
    expect(await new AnnotationFiles(dir, historyDir).undoable()).toBe(0);
  });

  it('refuses to undo from kept bytes that were damaged, and writes nothing', async () => {
    const original = await read(FILE);
    await files.save(await addRelation('one-more'));
    const saved = await read(FILE);
    const kept = (await readdir(historyDir)).filter((name) => name.endsWith('.bytes'));
    expect(kept).toEqual([`${versionOf(Buffer.from(original))}.bytes`]);
    await writeFile(join(historyDir, kept[0] ?? ''), 'not what was there\n');
    const refusal = await refusalOf(new AnnotationFiles(dir, historyDir).undo());
    expect(refusal.body.message).toMatch(/missing or damaged/);
    expect(await read(FILE)).toBe(saved);
  });

  it('refuses paths outside annotations/ and non-YAML files', async () => {
    for (const file of [
      'corpus.yaml',
      'annotations/../corpus.yaml',
      'annotations/.hidden.yaml',
      'annotations/x.txt',
      '/etc/passwd',
    ]) {
      const refusal = await refusalOf(files.version(file));
      expect(refusal.status, file).toBe(400);
    }
  });

  it('finds an annotation by id, with its file and version', async () => {
    const found = await files.find('bytedance-owns-tiktok');
    expect(found).toMatchObject({
      file: FILE,
      section: 'relations',
      fields: { subject: 'bytedance', predicate: 'owns' },
    });
    expect(found.version).toBe((await files.version(FILE)).version);
  });
});
