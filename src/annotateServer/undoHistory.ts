// "Undo last save" across dev-server restarts: the bytes each save replaced are kept on disk, in a
// cache folder outside the corpus (the dev server puts it in Vite's cache folder), with an index
// of the last UNDO_LIMIT saves. Each kept file is named by the hash of its bytes, which is also the
// version the undo will write back, so a damaged one is told apart and never written.
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ABSENT_VERSION } from '../schema/annotationProtocol';
import { writeAtomically } from '../compiler/atomicWrite';

export const UNDO_LIMIT = 50;

export function versionOf(bytes: Uint8Array | null): string {
  return bytes === null ? ABSENT_VERSION : createHash('sha256').update(bytes).digest('hex');
}

export interface UndoEntry {
  file: string;
  /** The file's bytes before the save; null when the save created it. */
  before: Buffer | null;
  /** The version the save wrote: undo refuses when the file is no longer that. */
  after: string;
}

/** An entry as the index keeps it: the bytes before by their version. */
interface IndexEntry {
  file: string;
  before: string;
  after: string;
}

const INDEX = 'history.json';
const BYTES = '.bytes';

export class UndoHistory {
  private entries: Promise<IndexEntry[]> | undefined;

  constructor(
    private readonly dir: string,
    private readonly limit = UNDO_LIMIT,
  ) {}

  async count(): Promise<number> {
    return (await this.load()).length;
  }

  /** Keeps a save's previous bytes, then records it; the oldest past the limit are let go. */
  async push(entry: UndoEntry): Promise<number> {
    const entries = await this.load();
    const before = versionOf(entry.before);
    if (entry.before !== null) {
      await writeAtomically(join(this.dir, before + BYTES), entry.before);
    }
    entries.push({ file: entry.file, before, after: entry.after });
    entries.splice(0, Math.max(0, entries.length - this.limit));
    await this.writeIndex(entries);
    await this.removeUnused(entries);
    return entries.length;
  }

  /** The last save, with its previous bytes read back; null when there is none. */
  async last(): Promise<UndoEntry | 'damaged' | null> {
    const entries = await this.load();
    const last = entries[entries.length - 1];
    if (!last) return null;
    if (last.before === ABSENT_VERSION) return { file: last.file, before: null, after: last.after };
    const bytes = await readFile(join(this.dir, last.before + BYTES)).catch(() => null);
    if (bytes === null || versionOf(bytes) !== last.before) return 'damaged';
    return { file: last.file, before: bytes, after: last.after };
  }

  /** Forgets the last save (undone, or its kept bytes are damaged). */
  async pop(): Promise<number> {
    const entries = await this.load();
    entries.pop();
    await this.writeIndex(entries);
    await this.removeUnused(entries);
    return entries.length;
  }

  private load(): Promise<IndexEntry[]> {
    this.entries ??= readFile(join(this.dir, INDEX), 'utf8').then(parseIndex, () => []);
    return this.entries;
  }

  private async writeIndex(entries: IndexEntry[]): Promise<void> {
    await writeAtomically(join(this.dir, INDEX), `${JSON.stringify({ entries }, null, 1)}\n`);
  }

  private async removeUnused(entries: IndexEntry[]): Promise<void> {
    const used = new Set(entries.map((entry) => entry.before + BYTES));
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(
      names
        .filter((name) => name.endsWith(BYTES) && !used.has(name))
        .map((name) => rm(join(this.dir, name), { force: true })),
    );
  }
}

/** The index as written, or nothing when it cannot be read: a lost history is no lost work. */
function parseIndex(text: string): IndexEntry[] {
  try {
    const parsed = JSON.parse(text) as { entries?: unknown };
    if (!Array.isArray(parsed.entries)) return [];
    return parsed.entries.filter(
      (entry): entry is IndexEntry =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as IndexEntry).file === 'string' &&
        /^([0-9a-f]{64}|absent)$/.test(String((entry as IndexEntry).before)) &&
        typeof (entry as IndexEntry).after === 'string',
    );
  } catch {
    return [];
  }
}
