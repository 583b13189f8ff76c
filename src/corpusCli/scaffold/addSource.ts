// `npm run corpus -- add-source DIR FILE [--title TITLE] [--id ID]`: copies a text into the corpus
// byte for byte and writes its metadata file with every field present, the unknown ones empty.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { decodeText } from '../../compiler/parse/decodeText';
import { slugify } from '../../compiler/validate/fieldPath';
import { ID_PATTERN, MAX_ID_LENGTH } from '../../compiler/validate/inputSchema';
import { RefusedError, SCHEMAS_PATH, shown, writeNewFiles, type Io } from '../files';
import { schemaModeline } from '../schemas/modeline';
import { sourceMetadataYaml } from './sourceMetadata';

export interface AddSourceOptions {
  dir: string;
  file: string;
  title?: string | undefined;
  id?: string | undefined;
}

export async function addSource(options: AddSourceOptions, io: Io): Promise<number> {
  const root = resolve(io.cwd, options.dir);
  const name = shown(root, io.cwd);
  const fail = (message: string): number => {
    io.err(`${message}\n`);
    return 1;
  };
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) {
    return fail(
      `no corpus folder at ${name}: create one with npm run corpus -- new ${name}; nothing was written`,
    );
  }
  const from = resolve(io.cwd, options.file);
  const bytes = await readFile(from).catch(() => undefined);
  if (bytes === undefined) return fail(`cannot read ${options.file}: is the path right?`);
  // The compiler would refuse the text later: say so now, before anything is copied.
  const decoded = decodeText(bytes);
  const problem = decoded.problems[0];
  if (decoded.text === undefined || problem) {
    return fail(
      `${options.file}:${problem?.pos.line ?? 1}:${problem?.pos.col ?? 1}: ` +
        `${problem?.message ?? 'cannot be read as text'}; nothing was written`,
    );
  }
  const firstLine = decoded.text
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim();
  if (firstLine === undefined) return fail(`${options.file} is empty: a source needs its text`);
  const title = options.title?.trim() || firstLine;

  const id = options.id ?? slugify(title, 60);
  if (!ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) {
    return fail(
      `--id "${id}" is not a valid id: use lowercase letters a-z, digits and single hyphens, ` +
        `e.g. "${slugify(id)}"`,
    );
  }
  const textFile = `sources/${id}.txt`;
  const metadataFile = `sources/${id}.yaml`;
  const taken = [`sources/${id}.yml`].filter((file) => existsSync(join(root, file)));
  if (taken.length > 0) {
    return fail(`refusing to add source "${id}": ${name}/${taken[0]} exists; give another --id`);
  }
  const metadata = sourceMetadataYaml({
    modeline: schemaModeline(metadataFile, root, SCHEMAS_PATH) ?? '',
    textFile,
    values: { title },
  });
  try {
    await writeNewFiles(
      new Map<string, string | Uint8Array>([
        [join(root, textFile), bytes],
        [join(root, metadataFile), metadata],
      ]),
      io.cwd,
    );
  } catch (error) {
    if (error instanceof RefusedError) return fail(`${error.message} (give another --id)`);
    throw error;
  }
  const titleFrom = options.title ? '' : " (the text's first line: check it)";
  io.out(
    [
      `Added source "${id}" to ${name}/:`,
      `  ${textFile}   ${basename(options.file)}, ${bytes.length} bytes copied byte for byte`,
      `  ${metadataFile}  its metadata, every field listed: title "${title}"${titleFrom}, the rest empty`,
      'Next:',
      `  1. Fill in what is known in ${name}/${metadataFile} (publisher, author, url,`,
      '     published); leave empty what the text does not say.',
      `  2. Quote it as evidence with source: ${id} in ${name}/annotations/.`,
      `  3. Check: npm run data -- --data ${name}`,
      '',
    ].join('\n'),
  );
  return 0;
}
