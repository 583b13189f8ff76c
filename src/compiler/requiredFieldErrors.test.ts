// A required field missing or left empty: the message names the item by its id and says what to
// write; it never suggests removing a field the item cannot do without.
import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compileCorpus';
import { formatDiagnostic } from './diagnostics';
import { annotationsWith, corpusWith } from './__fixtures__/baseCorpus';
import type { CorpusFiles } from './types';

function errorsOf(files: CorpusFiles): string[] {
  return compileCorpus(files)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => formatDiagnostic(d));
}

const ENTITY_TYPES_LIST =
  'organization, person, group, government_action, law, program, event, data_asset, document, ' +
  'product, place';

describe('a missing required field', () => {
  it.each([
    {
      name: "an entity's label",
      files: annotationsWith('    type: person\n    label: Bob\n', '    type: person\n'),
      line:
        'annotations/a.yaml:5:5: missing required field "label" in entity "bob" (entities[1]): ' +
        'add "label: …" with the name the sources use for it',
    },
    {
      name: "an entity's id, with one made from its label",
      files: annotationsWith('  - id: bob\n    type: person\n', '  - type: person\n'),
      line:
        'annotations/a.yaml:5:5: missing required field "id" in entities[1]: add "id: …" with a ' +
        'lowercase slug unique in the corpus, e.g. "bob"',
    },
    {
      name: "a relation's object",
      files: annotationsWith('    object: bob\n', ''),
      line:
        'annotations/a.yaml:9:5: missing required field "object" in relation "alice-met-bob" ' +
        '(relations[0]): add "object: …" with the id of the entity or claim the relation points to',
    },
    {
      name: "a quote's source, inside a relation",
      files: annotationsWith(
        '      - source: s1\n        exact: Alice met Bob',
        '      - exact: Alice met Bob',
      ),
      line:
        'annotations/a.yaml:15:9: missing required field "source" in evidence[0] of relation ' +
        '"alice-met-bob" (relations[0]): add "source: …" with the id of the source (its file name ' +
        'in sources/, without .yaml)',
    },
    {
      name: "a claim's statement",
      files: annotationsWith('    statement: The meeting was fine.\n', ''),
      line:
        'annotations/a.yaml:18:5: missing required field "statement" in claim "meeting-fine" ' +
        '(claims[0]): add "statement: …" with what is claimed, in a sentence',
    },
    {
      name: "a source's title",
      files: corpusWith({ 'sources/s1.yaml': 'url: https://example.org/a\n' }),
      line:
        'sources/s1.yaml:1:1: missing required field "title": add "title: …" with the title as ' +
        "published (a source's, or the report's as it is known)",
    },
    {
      name: "an external origin's title",
      files: corpusWith({ 'corpus.yaml': 'title: Base\norigins:\n  - id: wire\n' }),
      line:
        'corpus.yaml:3:5: missing required field "title" in origin "wire" (origins[0]): add ' +
        '"title: …" with the title as published',
    },
  ])('names the item and what to write: $name', ({ files, line }) => {
    const errors = errorsOf(files);
    expect(
      errors.some((e) => e.startsWith(line)),
      `expected ${line} among:\n${errors.join('\n')}`,
    ).toBe(true);
  });
});

describe('an empty required field', () => {
  it.each([
    {
      name: 'a label left empty',
      files: annotationsWith('    label: Bob\n', '    label:\n'),
      line:
        'annotations/a.yaml:7:11: label in entity "bob" (entities[1]) is empty: write the name ' +
        'the sources use for it',
    },
    {
      name: 'a label written as empty text',
      files: annotationsWith('    label: Bob\n', "    label: ''\n"),
      line:
        'annotations/a.yaml:7:12: label in entity "bob" (entities[1]) is empty: write the name ' +
        'the sources use for it',
    },
    {
      name: 'an entity type left empty',
      files: annotationsWith('    type: person\n    label: Bob\n', '    type:\n    label: Bob\n'),
      line:
        'annotations/a.yaml:6:10: type in entity "bob" (entities[1]) is empty: write the kind of ' +
        `thing it is, one of: ${ENTITY_TYPES_LIST}`,
    },
    {
      name: "a claim's evidence left empty",
      files: annotationsWith(
        '    evidence:\n      - source: s1\n        exact: \'"the meeting was fine."\'\n',
        '    evidence:\n',
      ),
      line:
        'annotations/a.yaml:23:14: evidence in claim "meeting-fine" (claims[0]) is empty: write ' +
        'at least one quote',
    },
    {
      name: "a source's title left empty",
      files: corpusWith({ 'sources/s1.yaml': 'title:\n' }),
      line: 'sources/s1.yaml:1:7: title is empty: write the title as published',
    },
  ])('says what to write, not to remove it: $name', ({ files, line }) => {
    const errors = errorsOf(files);
    expect(
      errors.some((e) => e.startsWith(line)),
      `expected ${line} among:\n${errors.join('\n')}`,
    ).toBe(true);
    expect(errors.join('\n')).not.toContain('remove the field');
  });

  it('still offers to remove an optional field that cannot be empty', () => {
    const errors = errorsOf(annotationsWith('    label: Bob\n', '    label: Bob\n    aliases:\n'));
    expect(errors).toContain(
      'annotations/a.yaml:8:13: entities[1].aliases is empty: give a value or remove the field',
    );
  });
});
