// `npm run corpus -- new DIR [--title TITLE]`: a corpus folder that compiles, with one commented
// example of each kind, every YAML file naming its JSON Schema.
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { compileCorpusDir } from '../../compiler/compileCorpusDir';
import { describeCompiledCorpus, formatCorpusDiagnostics } from '../../compiler/corpusReport';
import { RefusedError, SCHEMAS_PATH, shown, writeNewFiles, type Io } from '../files';
import { schemaModeline } from '../schemas/modeline';
import { EXAMPLE_SOURCE_ID, exampleCorpusFiles } from './exampleCorpus';

export interface NewCorpusOptions {
  dir: string;
  title?: string | undefined;
}

const WHAT_EACH_IS: Record<string, string> = {
  'corpus.yaml': 'title, a predicate of its own, an external origin',
  [`sources/${EXAMPLE_SOURCE_ID}.txt`]: 'an invented article, to show the format',
  [`sources/${EXAMPLE_SOURCE_ID}.yaml`]: 'its metadata: every field, the unknown ones empty',
  'annotations/entities.yaml': 'entities',
  'annotations/relations.yaml': 'relations, with attribution, a relay and a relative date',
  'annotations/claims.yaml': 'a claim',
};

export async function newCorpus({ dir, title }: NewCorpusOptions, io: Io): Promise<number> {
  const root = resolve(io.cwd, dir);
  const name = shown(root, io.cwd);
  // Hidden entries (a .git folder) are fine: the compiler skips them.
  const entries = await readdir(root).catch(() => [] as string[]);
  const visible = entries.filter((entry) => !entry.startsWith('.'));
  if (visible.length > 0) {
    io.err(
      `refusing to create a corpus in ${name}: the folder is not empty (${visible.slice(0, 3).join(', ')}` +
        `${visible.length > 3 ? ', …' : ''}). Choose a new folder; nothing was written.\n`,
    );
    return 1;
  }
  const files = exampleCorpusFiles(
    title ?? basename(root),
    (file) => schemaModeline(file, root, SCHEMAS_PATH) ?? '',
  );
  try {
    await writeNewFiles(
      new Map(Object.entries(files).map(([file, text]) => [join(root, file), text])),
      io.cwd,
    );
  } catch (error) {
    if (error instanceof RefusedError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const compiled = await compileCorpusDir(root, io.cwd);
  const width = Math.max(...Object.keys(files).map((file) => file.length));
  io.out(
    [
      `Created a corpus in ${name}/:`,
      ...Object.keys(files).map((file) => `  ${file.padEnd(width)}  ${WHAT_EACH_IS[file] ?? ''}`),
      compiled.graph
        ? `It compiles: ${describeCompiledCorpus(compiled.corpus, compiled.graph, compiled.diagnostics.length)}.`
        : formatCorpusDiagnostics(compiled.corpus, compiled.diagnostics),
      'Each YAML file names its JSON Schema on its first line: editors with the YAML language server',
      "(VS Code's YAML extension, and others) complete and check the fields as you type.",
      'Next:',
      `  1. Add your texts: npm run corpus -- add-source ${name} path/to/article.txt --title "…"`,
      `  2. Annotate them in ${name}/annotations/ (docs/modelling-guide.md shows how), or import`,
      `     spreadsheets: npm run corpus -- import ${name} --entities e.csv --relations r.csv`,
      `  3. Delete the example files (sources/${EXAMPLE_SOURCE_ID}.*, the examples in annotations/).`,
      `  4. Check: npm run data -- --data ${name}; explore: DATA_DIR=${name} npm run dev`,
      '',
    ].join('\n'),
  );
  return compiled.graph ? 0 : 1;
}
