// A source's metadata file with every field of the format present: the known ones filled in, the
// others empty (which the compiler reads as absent) with a word on what goes there.
import { stringify } from 'yaml';
import { sourceSchema } from '../../compiler/validate/inputSchema';
import { FIELD_DOCS } from '../schemas/fieldDocs';

/** Every field of a source's metadata, in the order of the format. */
export const SOURCE_FIELDS = Object.keys(sourceSchema.shape) as (keyof typeof sourceSchema.shape)[];

export interface SourceMetadataOptions {
  /** The file's first line (the yaml-language-server schema comment). */
  modeline: string;
  /** The text file it describes, for the header comment: `sources/<id>.txt`. */
  textFile: string;
  /** Values known: plain strings or lists of strings; every other field is left empty. */
  values: Partial<Record<(typeof SOURCE_FIELDS)[number], string | string[]>>;
  /** Comment lines to put above a field. */
  commentsAbove?: Partial<Record<(typeof SOURCE_FIELDS)[number], string[]>>;
}

export function sourceMetadataYaml({
  modeline,
  textFile,
  values,
  commentsAbove = {},
}: SourceMetadataOptions): string {
  const lines = [
    modeline,
    `# The metadata of ${textFile}, whose text is kept exactly as published.`,
    '# Leave a field empty when the text does not say: never invent it (docs/data-format.md, Sources).',
  ];
  for (const field of SOURCE_FIELDS) {
    for (const comment of commentsAbove[field] ?? []) lines.push(`# ${comment}`);
    const value = values[field];
    if (value === undefined) {
      lines.push(`${field}: # ${FIELD_DOCS.source[field]}`);
    } else if (Array.isArray(value)) {
      // Ids are plain; anything else is quoted as JSON, which YAML reads the same in a flow list.
      const items = value.map((v) => (/^[a-z0-9-]+$/.test(v) ? v : JSON.stringify(v)));
      lines.push(`${field}: [${items.join(', ')}]`);
    } else {
      lines.push(stringify({ [field]: value }, { lineWidth: 0 }).trimEnd());
    }
  }
  return `${lines.join('\n')}\n`;
}
