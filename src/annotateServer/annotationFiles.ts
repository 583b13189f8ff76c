// The annotation files on disk, as the dev server's write endpoints change them. Nothing is lost:
// a save names the version of the file it was made from and is refused when the file has changed
// since (an editor, git, another tab); every new text is compiled with the rest of the corpus first
// and refused with the compiler's messages when it has an error; files are replaced atomically
// (temporary file, then rename); the bytes each save replaced are kept for "Undo last save", on
// disk (undoHistory.ts), so a restarted dev server can still undo.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { compileCorpus } from '../compiler/compileCorpus';
import { formatDiagnostic } from '../compiler/diagnostics';
import { readCorpusDir } from '../compiler/readCorpusDir';
import {
  type AnnotateErrorBody,
  type FileVersion,
  type FoundAnnotation,
  type SaveRequest,
  type SaveResponse,
  type UndoResponse,
} from '../schema/annotationProtocol';
import { applyOperation } from './applyOperation';
import { writeAtomically } from '../compiler/atomicWrite';
import { UndoHistory, versionOf } from './undoHistory';
import { AnnotationEditError, definesId, readItem } from './yamlEdits';

/** A refusal the endpoints answer with its HTTP status and body. */
export class AnnotateRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: AnnotateErrorBody,
  ) {
    super(body.message);
  }
}

export class AnnotationFiles {
  private readonly history: UndoHistory;
  /** Saves run one at a time: two tabs saving at once are checked one after the other. */
  private queue: Promise<unknown> = Promise.resolve();

  /** `historyDir`: where the bytes for undo are kept, outside the corpus. */
  constructor(
    private readonly corpusDir: string,
    historyDir: string,
  ) {
    this.history = new UndoHistory(historyDir);
  }

  undoable(): Promise<number> {
    return this.history.count();
  }

  async version(file: string): Promise<FileVersion> {
    checkAnnotationPath(file);
    return { file, version: versionOf(await this.readBytes(file)) };
  }

  /** The entity, relation or claim with this id, and the file (and version) that defines it. */
  async find(id: string): Promise<FoundAnnotation> {
    const files = await readCorpusDir(this.corpusDir);
    for (const [file, content] of Object.entries(files)) {
      if (!file.startsWith('annotations/') || !/\.ya?ml$/.test(file)) continue;
      const text = Buffer.from(content).toString('utf8');
      if (!definesId(text, id)) continue;
      const item = readItem(text, id);
      if (!item) continue;
      return { file, version: versionOf(Buffer.from(content)), ...item };
    }
    throw new AnnotateRefusal(404, {
      kind: 'not-found',
      message: `no annotation file under annotations/ defines ${id} as a block item`,
    });
  }

  save(request: SaveRequest): Promise<SaveResponse> {
    return this.serially(async () => {
      checkAnnotationPath(request.file);
      const before = await this.readBytes(request.file);
      if (versionOf(before) !== request.version) {
        throw new AnnotateRefusal(409, {
          kind: 'conflict',
          message:
            `${request.file} changed on disk since this page read it (an editor, git or another tab): ` +
            'nothing was written and your edit is kept. The graph now shows the file as it is: ' +
            'check your edit against it, then save again to apply it to that version',
        });
      }
      const text = before === null ? '' : before.toString('utf8');
      let next: string;
      try {
        next = await applyOperation(text, request.operation, (source) => this.readSource(source));
      } catch (error) {
        if (error instanceof AnnotationEditError) {
          throw new AnnotateRefusal(422, { kind: 'invalid', message: error.message });
        }
        throw error;
      }
      await this.checkCompiles(request.file, next);
      await writeAtomically(join(this.corpusDir, request.file), next);
      const after = versionOf(Buffer.from(next));
      const undoable = await this.history.push({ file: request.file, before, after });
      return { file: request.file, version: after, undoable };
    });
  }

  /** Puts back the bytes the last save replaced, exactly; refused when the file changed since. */
  undo(): Promise<UndoResponse> {
    return this.serially(async () => {
      const last = await this.history.last();
      if (!last) {
        throw new AnnotateRefusal(409, {
          kind: 'nothing-to-undo',
          message: 'there is no save to undo',
        });
      }
      if (last === 'damaged') {
        await this.history.pop();
        throw new AnnotateRefusal(409, {
          kind: 'conflict',
          message:
            'the bytes kept to undo the last save are missing or damaged (the dev server keeps them in its cache folder): nothing was written; undo it with git',
        });
      }
      // The history is read from a cache folder: its paths are checked like a request's.
      checkAnnotationPath(last.file);
      const current = await this.readBytes(last.file);
      if (versionOf(current) !== last.after) {
        throw new AnnotateRefusal(409, {
          kind: 'conflict',
          message: `${last.file} changed on disk after that save: undo it in an editor or with git`,
        });
      }
      const path = join(this.corpusDir, last.file);
      if (last.before === null) await rm(path, { force: true });
      else await writeAtomically(path, last.before);
      const undoable = await this.history.pop();
      return { file: last.file, version: versionOf(last.before), undoable };
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async readBytes(file: string): Promise<Buffer | null> {
    try {
      return await readFile(join(this.corpusDir, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private async readSource(source: string): Promise<string> {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(source)) {
      throw new AnnotationEditError(`${source} is not a source id`);
    }
    const bytes = await this.readBytes(`sources/${source}.txt`);
    if (bytes === null) throw new AnnotationEditError(`there is no source ${source}`);
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
  }

  /** The whole corpus with the new text in place: any error refuses the save. */
  private async checkCompiles(file: string, text: string): Promise<void> {
    const files = await readCorpusDir(this.corpusDir);
    files[file] = text;
    const errors = compileCorpus(files).diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) return;
    throw new AnnotateRefusal(422, {
      kind: 'invalid',
      message: `The compiler refused this edit, so ${file} was not changed: ${errors[0] ? formatDiagnostic(errors[0]) : ''}`,
      errors: errors.map((d) => formatDiagnostic(d)),
    });
  }
}

/** annotations/…/name.yaml, without `..`, hidden parts or anything outside the corpus. */
export function checkAnnotationPath(file: string): void {
  const parts = file.split('/');
  const ok =
    parts.length >= 2 &&
    parts[0] === 'annotations' &&
    parts.every((part) => /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(part) && part !== '..') &&
    /\.ya?ml$/.test(file);
  if (!ok) {
    throw new AnnotateRefusal(400, {
      kind: 'bad-request',
      message: `${file} is not an annotation file: name one under annotations/, ending in .yaml`,
    });
  }
}
