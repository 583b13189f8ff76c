// Sorts the corpus files by role, decodes and parses each one, and validates it against its input
// schema. Everything after this works on typed values that remember their file and path.
import type { Reporter } from './diagnostics';
import { decodeText } from './parse/decodeText';
import { parseJson } from './parse/parseJson';
import { toParsedFile, type ParsedFile, type ParsedParts } from './parse/parsedFile';
import { parseYaml } from './parse/parseYaml';
import {
  ID_PATTERN,
  corpusSchema,
  sourceSchema,
  storyFileSchema,
  type CorpusInput,
  type SourceInput,
  type StoryFileInput,
} from './validate/inputSchema';
import {
  validateAnnotationFile,
  validateValue,
  type AnnotationItems,
} from './validate/validateFile';
import type { CorpusFiles } from './types';

export interface LoadedSource {
  id: string;
  /** sources/<id>.yaml and sources/<id>.txt */
  file: string;
  textFile: string;
  meta: SourceInput;
  text: string;
}

export interface LoadedStory {
  id: string;
  /** stories/<id>.yaml */
  file: string;
  value: StoryFileInput;
}

export interface LoadedCorpus {
  corpus: CorpusInput | undefined;
  corpusFile: string | undefined;
  sources: Map<string, LoadedSource>;
  items: AnnotationItems;
  /** Parsed YAML by file, for locating values and reading scalars as written. */
  parsed: Map<string, ParsedFile>;
  /** False when an annotation file could not be read: "unknown id" errors would then mislead. */
  annotationsComplete: boolean;
  /** Source files seen, valid or not, so the "no sources" error only fires for an empty folder. */
  sourceFilesSeen: number;
  /** Ids of every source file, valid or not: a reference to a broken source is not "unknown". */
  sourceIdsSeen: Set<string>;
  /** Valid story files, in path order. */
  stories: LoadedStory[];
}

type Role = 'corpus' | 'sourceMeta' | 'sourceText' | 'annotation' | 'story' | 'ignored' | 'stray';

function classify(file: string): Role {
  if (file.split('/').some((segment) => segment.startsWith('.'))) return 'ignored';
  if (file === 'corpus.yaml' || file === 'corpus.yml') return 'corpus';
  if (/^sources\/[^/]+\.ya?ml$/.test(file)) return 'sourceMeta';
  if (/^sources\/[^/]+\.txt$/.test(file)) return 'sourceText';
  if (/^annotations\/.+\.(ya?ml|json)$/.test(file)) return 'annotation';
  if (/^stories\/[^/]+\.ya?ml$/.test(file)) return 'story';
  if (/^(sources|annotations|stories)\//.test(file) || /^[^/]+\.(ya?ml|json|txt)$/.test(file))
    return 'stray';
  return 'ignored';
}

export function loadCorpus(
  files: CorpusFiles,
  reporter: Reporter,
  preparsed?: ReadonlyMap<string, ParsedParts>,
): LoadedCorpus {
  const loaded: LoadedCorpus = {
    corpus: undefined,
    corpusFile: undefined,
    sources: new Map(),
    items: { entities: [], relations: [], claims: [], brokenIds: new Set(), brokenIdPlaces: [] },
    parsed: new Map(),
    annotationsComplete: true,
    sourceFilesSeen: 0,
    sourceIdsSeen: new Set(),
    stories: [],
  };
  const metas = new Map<string, { file: string; meta: SourceInput | undefined }>();
  const texts = new Map<string, { file: string; text: string | undefined }>();
  const paths = Object.keys(files)
    .map((raw) => ({ raw, file: raw.replace(/\\/g, '/').replace(/^\.\//, '') }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  for (const { raw, file } of paths) {
    const role = classify(file);
    if (role === 'ignored') continue;
    if (role === 'stray') {
      reporter.warning(
        { file, path: [] },
        'file ignored: the compiler reads corpus.yaml, sources/<id>.yaml + .txt, ' +
          'annotations/**/*.yaml|.yml|.json and stories/<id>.yaml',
      );
      continue;
    }
    const decoded = decodeText(files[raw] ?? '');
    for (const p of decoded.problems) reporter.addAt('error', file, p.pos, p.message);
    if (role === 'sourceText' || role === 'sourceMeta') loaded.sourceFilesSeen += 1;
    if (role === 'sourceText') {
      const id = sourceIdOf(file, reporter);
      if (id === undefined) continue;
      if (decoded.text !== undefined && decoded.text.trim() === '') {
        reporter.error(
          { file, path: [] },
          'source text is empty: paste the verbatim text of the source',
        );
      }
      texts.set(id, { file, text: decoded.text });
      continue;
    }
    const parsed =
      decoded.text === undefined ? undefined : parseFile(file, decoded.text, preparsed);
    if (parsed) {
      loaded.parsed.set(file, parsed);
      reporter.registerFile(file, parsed.locate);
      for (const p of parsed.problems) reporter.addAt('error', file, p.pos, p.message);
    }
    const usable = parsed?.ok === true && decoded.problems.length === 0 ? parsed : undefined;
    if (role === 'corpus') {
      if (loaded.corpusFile !== undefined) {
        reporter.error({ file, path: [] }, `both ${loaded.corpusFile} and ${file} exist: keep one`);
      }
      loaded.corpusFile = file;
      if (usable) {
        loaded.corpus =
          usable.value === undefined ? {} : validateValue(corpusSchema, file, usable, [], reporter);
      }
    } else if (role === 'sourceMeta') {
      const id = sourceIdOf(file, reporter);
      if (id === undefined) continue;
      const previous = metas.get(id);
      if (previous) {
        reporter.error(
          { file, path: [] },
          `source "${id}" is defined twice (${previous.file} and ${file}): keep one`,
        );
      }
      const meta = usable ? validateValue(sourceSchema, file, usable, [], reporter) : undefined;
      metas.set(id, { file, meta });
    } else if (role === 'story') {
      const id = storyIdOf(file, reporter);
      const value = usable ? validateValue(storyFileSchema, file, usable, [], reporter) : undefined;
      if (id !== undefined && value) loaded.stories.push({ id, file, value });
    } else {
      if (usable) validateAnnotationFile(file, usable, reporter, loaded.items);
      else loaded.annotationsComplete = false;
    }
  }

  for (const id of [...metas.keys(), ...texts.keys()]) loaded.sourceIdsSeen.add(id);
  for (const [id, { file, meta }] of metas) {
    const text = texts.get(id);
    if (!text) {
      reporter.error(
        { file, path: [] },
        `source "${id}" has no text: add sources/${id}.txt with the source's verbatim text (UTF-8)`,
      );
      continue;
    }
    if (meta && text.text !== undefined) {
      loaded.sources.set(id, { id, file, textFile: text.file, meta, text: text.text });
    }
  }
  for (const [id, { file }] of texts) {
    if (!metas.has(id)) {
      reporter.error(
        { file, path: [] },
        `source text without metadata: add sources/${id}.yaml with at least a title: line`,
      );
    }
  }
  return loaded;
}

/** YAML and JSON by extension; `preparsed` holds YAML already parsed on worker threads. */
export function isYamlFile(file: string): boolean {
  return /\.ya?ml$/.test(file);
}

function parseFile(
  file: string,
  text: string,
  preparsed?: ReadonlyMap<string, ParsedParts>,
): ParsedFile {
  if (file.endsWith('.json')) return parseJson(text);
  const parts = preparsed?.get(file);
  return parts ? toParsedFile(text, parts) : parseYaml(text);
}

function sourceIdOf(file: string, reporter: Reporter): string | undefined {
  const id = file.replace(/^sources\//, '').replace(/\.[^.]+$/, '');
  if (ID_PATTERN.test(id)) return id;
  reporter.error(
    { file, path: [] },
    `file name "${id}" is not a valid source id: rename the .yaml and .txt to lowercase letters, ` +
      'digits and single hyphens, e.g. s001.yaml and s001.txt',
  );
  return undefined;
}

function storyIdOf(file: string, reporter: Reporter): string | undefined {
  const id = file.replace(/^stories\//, '').replace(/\.[^.]+$/, '');
  if (ID_PATTERN.test(id)) return id;
  reporter.error(
    { file, path: [] },
    `file name "${id}" is not a valid story id: rename it to lowercase letters, digits and ` +
      'single hyphens, e.g. stories/the-recordings.yaml',
  );
  return undefined;
}
