// The first line of every YAML file of a corpus names its JSON Schema, so editors with the YAML
// language server (VS Code's YAML extension, Neovim, Helix, …) complete and check it as you type.
import { dirname, join, relative, sep } from 'node:path';
import { SCHEMA_FILE_NAMES, schemaKindOf } from './jsonSchemas';

export const MODELINE_PREFIX = '# yaml-language-server: $schema=';

/** The comment line for `file` (a path in the corpus folder), or undefined for files without one. */
export function schemaModeline(
  file: string,
  corpusDir: string,
  schemasDir: string,
): string | undefined {
  const kind = schemaKindOf(file);
  if (kind === undefined) return undefined;
  const schema = join(schemasDir, SCHEMA_FILE_NAMES[kind]);
  const path = relative(dirname(join(corpusDir, file)), schema).split(sep).join('/');
  return `${MODELINE_PREFIX}${path}`;
}

/** `text` starting with `modeline`, replacing a schema line already there. */
export function withModeline(text: string, modeline: string): string {
  if (text.startsWith(MODELINE_PREFIX)) {
    const end = text.indexOf('\n');
    return end < 0 ? `${modeline}\n` : `${modeline}${text.slice(end)}`;
  }
  return `${modeline}\n${text}`;
}
