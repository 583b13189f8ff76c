// The generated JSON Schemas accept every file of the bundled corpus and of the valid fixtures,
// reject each known-bad fixture the compiler rejects for its shape, and agree with zod on all.
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../compiler/compileCorpus';
import { annotationsWith, corpusWith } from '../../compiler/__fixtures__/baseCorpus';
import { loadFixture } from '../../compiler/__fixtures__/loadFixture';
import type { CorpusFiles } from '../../compiler/types';
import { buildEditorSchemas } from './editorSchemas';
import { FIELD_DOCS } from './fieldDocs';
import { generateJsonSchemas, schemaKindOf, type FileKind } from './jsonSchemas';

/** The bundled corpus, read like a fixture. */
const BUNDLED = '../../../data';
const json = generateJsonSchemas();
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
/** The kinds whose schemas are generated and whose every field is described. */
const DOCUMENTED_KINDS = ['corpus', 'source', 'annotations', 'story'] as const;
type SchemaKind = (typeof DOCUMENTED_KINDS)[number];
const jsonOf = (kind: FileKind): string => {
  const text = json.get(kind);
  if (text === undefined) throw new Error(`no schema generated for ${kind}`);
  return text;
};
const validators = Object.fromEntries(
  DOCUMENTED_KINDS.map((kind) => [kind, ajv.compile(JSON.parse(jsonOf(kind)) as object)]),
) as Record<SchemaKind, ValidateFunction>;
const zodSchemas = buildEditorSchemas();

function kindOf(path: string): SchemaKind {
  const kind = schemaKindOf(path);
  if (kind === undefined) throw new Error(`no schema for ${path}`);
  return kind;
}

const text = (content: string | Uint8Array | undefined): string =>
  typeof content === 'string' ? content : new TextDecoder().decode(content);

/** Every YAML file of a corpus with the value YAML reads from it. */
function yamlFiles(files: CorpusFiles): { path: string; value: unknown }[] {
  return Object.keys(files)
    .filter((path) => /\.ya?ml$/.test(path))
    .map((path) => ({ path, value: parse(text(files[path])) as unknown }));
}

describe('the generated JSON Schemas', () => {
  it.each(['data', 'small', 'format-3'])('accept every YAML file of the %s corpus', (name) => {
    const files = loadFixture(name === 'data' ? BUNDLED : name);
    const checked = yamlFiles(files);
    expect(checked.length).toBeGreaterThan(2);
    for (const { path, value } of checked) {
      const validate = validators[kindOf(path)];
      expect(validate(value), `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  interface BadCase {
    name: string;
    file: string;
    files: CorpusFiles;
  }
  const annotations = (name: string, find: string, replace: string): BadCase => ({
    name,
    file: 'annotations/a.yaml',
    files: annotationsWith(find, replace),
  });
  const file = (name: string, path: string, content: string): BadCase => ({
    name,
    file: path,
    files: corpusWith({ [path]: content }),
  });
  const badCases: BadCase[] = [
    {
      name: 'the broken fixture (an unknown entity type)',
      file: 'annotations/a.yaml',
      files: loadFixture('broken'),
    },
    annotations('an unknown field', '    label: Bob\n', '    label: Bob\n    lable: Robert\n'),
    annotations('a missing required field', '    type: person\n    label: Bob\n', '    type: person\n'),
    annotations('an empty label', '    label: Bob\n', "    label: ''\n"),
    annotations('a blank label', '    label: Bob\n', "    label: '  '\n"),
    annotations('a label YAML reads as a number', '    label: Bob\n', '    label: 0123\n'),
    annotations('a label YAML reads as true', '    label: Bob\n', '    label: true\n'),
    annotations('an invalid id', '  - id: bob\n', '  - id: Bob Smith\n'),
    annotations('an unknown entity type', 'type: person\n    label: Bob', 'type: persn\n    label: Bob'),
    annotations('an entity typed claim', 'type: person\n    label: Bob', 'type: claim\n    label: Bob'),
    annotations(
      'an unknown status',
      '    predicate: participated_in\n',
      '    predicate: participated_in\n    status: fact\n',
    ),
    annotations(
      'a credibility grade written as text',
      '    predicate: participated_in\n',
      '    predicate: participated_in\n    credibility: "2"\n',
    ),
    annotations(
      'according_to as a mapping',
      '    predicate: participated_in\n',
      '    predicate: participated_in\n    according_to: { id: alice }\n',
    ),
    annotations('a predicate of the wrong form', 'predicate: participated_in', 'predicate: Met'),
    annotations(
      'a claim without evidence',
      "      - source: s1\n        exact: '\"the meeting was fine.\"'\n",
      '',
    ),
    file('an unknown top-level field', 'annotations/b.yaml', 'entites: []\n'),
    file('a reliability grade out of the scale', 'sources/s1.yaml', 'title: Notes\nreliability: G\n'),
    file('a source without a title', 'sources/s1.yaml', 'url: https://example.org/a\n'),
    file('an unknown corpus field', 'corpus.yaml', 'title: Base\npredicate: []\n'),
    file('a corpus predicate of the wrong form', 'corpus.yaml', 'predicates:\n  - { id: Lobbied, label: lobbied }\n'),
    file('an origin without a title', 'corpus.yaml', 'origins:\n  - { id: wire-report }\n'),
    file('a story without steps', 'stories/tour.yaml', 'title: A tour\nsteps: []\n'),
    file('a story step without a caption', 'stories/tour.yaml', 'title: T\nsteps:\n  - title: A\n'),
    file(
      'a story view value that is a mapping',
      'stories/tour.yaml',
      'title: T\nsteps:\n  - { title: A, caption: x, view: { focus: { id: a } } }\n',
    ),
  ];

  it.each(badCases)('reject $name, which the compiler rejects too', ({ file: path, files }) => {
    const value = parse(text(files[path])) as unknown;
    const validate = validators[kindOf(path)];
    expect(validate(value)).toBe(false);
    expect(compileCorpus(files).diagnostics.some((d) => d.severity === 'error' && d.file === path)).toBe(
      true,
    );
  });

  it('agree with the zod schemas they come from, file by file', () => {
    const documents = [
      ...yamlFiles(loadFixture(BUNDLED)),
      ...yamlFiles(loadFixture('small')),
      ...badCases.map(({ file: path, files }) => ({ path, value: parse(text(files[path])) as unknown })),
    ];
    for (const { path, value } of documents) {
      const kind = kindOf(path);
      expect(validators[kind](value), path).toBe(zodSchemas[kind].safeParse(value).success);
    }
  });

  it('describe every field, and document no field the format lacks', () => {
    for (const kind of DOCUMENTED_KINDS) {
      const schema = JSON.parse(jsonOf(kind)) as {
        properties: Record<string, { description?: string }>;
        definitions?: Record<string, { properties?: Record<string, { description?: string }> }>;
      };
      const parts = { [kind]: schema, ...(schema.definitions ?? {}) };
      for (const [name, part] of Object.entries(parts)) {
        const documented = FIELD_DOCS[name as keyof typeof FIELD_DOCS] as Record<string, string>;
        const fields = Object.keys(part.properties ?? {});
        expect(Object.keys(documented).sort(), name).toEqual([...fields].sort());
        for (const field of fields) {
          expect(part.properties?.[field]?.description, `${name}.${field}`).toBeTruthy();
        }
      }
    }
  });

  it('offer the built-in predicates with their meaning, and any corpus predicate', () => {
    const predicate = (
      JSON.parse(jsonOf('annotations')) as {
        definitions: { relation: { properties: { predicate: { anyOf: unknown[] } } } };
      }
    ).definitions.relation.properties.predicate.anyOf;
    expect(predicate).toContainEqual({
      type: 'string',
      const: 'owns',
      description: 'owns: Subject owns or is the parent company of the object.',
    });
    expect(predicate.at(-1)).toEqual({
      type: 'string',
      pattern: '^[a-z][a-z0-9_]*$',
      description: 'A predicate defined in corpus.yaml.',
    });
  });

  it('name the schema of each kind of corpus file', () => {
    expect(schemaKindOf('corpus.yaml')).toBe('corpus');
    expect(schemaKindOf('sources/a.yml')).toBe('source');
    expect(schemaKindOf('sources/a.txt')).toBeUndefined();
    expect(schemaKindOf('annotations/people/a.yaml')).toBe('annotations');
    expect(schemaKindOf('annotations/a.json')).toBeUndefined();
    expect(schemaKindOf('stories/tour.yaml')).toBe('story');
    expect(schemaKindOf('notes.yaml')).toBeUndefined();
  });
});
