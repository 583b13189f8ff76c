// One small corpus per error class: each asserts the exact file:line:col and the advice given.
import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compileCorpus';
import { formatDiagnostic } from './diagnostics';
import { annotationsWith, corpusWith } from './__fixtures__/baseCorpus';
import type { CorpusFiles } from './types';

interface Case {
  name: string;
  files: CorpusFiles;
  /** `file:line:col` of the expected error. */
  at: string;
  message: string;
}

const cases: Case[] = [
  {
    name: 'tabs as indentation',
    files: annotationsWith('  - id: bob\n', '\t- id: bob\n'),
    at: 'annotations/a.yaml:5:1',
    message: 'tab used as indentation: YAML allows only spaces',
  },
  {
    name: 'an unclosed quote',
    files: annotationsWith('    label: Bob\n', '    label: "Bob\n'),
    at: 'annotations/a.yaml:7:12',
    message: 'unclosed " quote',
  },
  {
    name: 'a byte-order mark',
    files: corpusWith({ 'sources/s1.yaml': '\ufefftitle: Notes\n' }),
    at: 'sources/s1.yaml:1:1',
    message: 'save without BOM',
  },
  {
    name: 'a NUL byte',
    files: corpusWith({ 'sources/s1.yaml': 'title: No\0tes\n' }),
    at: 'sources/s1.yaml:1:10',
    message: 'NUL byte',
  },
  {
    name: 'several documents in one file',
    files: corpusWith({ 'corpus.yaml': 'title: A\n---\ntitle: B\n' }),
    at: 'corpus.yaml:2:1',
    message: 'one file holds one document',
  },
  {
    name: 'a duplicate key',
    files: annotationsWith('    label: Bob\n', '    label: Bob\n    label: Robert\n'),
    at: 'annotations/a.yaml:8:5',
    message: 'duplicate key "label"',
  },
  {
    name: 'a duplicate key in JSON',
    files: corpusWith({ 'annotations/b.json': '{"entities": [{"id": "c", "id": "d"}]}' }),
    at: 'annotations/b.json:1:27',
    message: 'duplicate key "id"',
  },
  {
    name: 'malformed JSON',
    files: corpusWith({ 'annotations/b.json': '{\n  "entities": [],\n}' }),
    at: 'annotations/b.json:3:1',
    message: 'trailing comma',
  },
  {
    name: 'a number where text is expected (YAML 1.1 octal look-alike)',
    files: annotationsWith('    label: Bob\n', '    label: 0123\n'),
    at: 'annotations/a.yaml:7:12',
    message: "YAML reads 0123 as a number: quote it, e.g. label: '0123'",
  },
  {
    name: 'a true/false where text is expected',
    files: annotationsWith('    label: Bob\n', '    label: true\n'),
    at: 'annotations/a.yaml:7:12',
    message: 'quote it',
  },
  {
    name: 'an unknown field',
    files: annotationsWith('    label: Bob\n', '    label: Bob\n    lable: Robert\n'),
    at: 'annotations/a.yaml:8:5',
    message: 'unknown field "lable" (did you mean "label"?)',
  },
  {
    name: 'an unknown top-level field',
    files: corpusWith({ 'annotations/b.yaml': 'entites: []\n' }),
    at: 'annotations/b.yaml:1:1',
    message: 'unknown field "entites" (did you mean "entities"?)',
  },
  {
    name: 'a missing required field',
    files: annotationsWith('    type: person\n    label: Bob\n', '    type: person\n'),
    at: 'annotations/a.yaml:5:5',
    message: 'missing required field "label" in entities[1]',
  },
  {
    name: 'an invalid id',
    files: corpusWith({
      'annotations/b.yaml': 'entities:\n  - { id: Carol Smith, type: person, label: C }\n',
    }),
    at: 'annotations/b.yaml:2:11',
    message:
      'is not a valid id: use lowercase letters a-z, digits and single hyphens, e.g. "carol-smith"',
  },
  {
    name: 'a duplicate id',
    files: corpusWith({
      'annotations/b.yaml': 'entities:\n  - { id: alice, type: person, label: A }\n',
    }),
    at: 'annotations/b.yaml:2:11',
    message: 'duplicate id "alice": already the id of the entity at annotations/a.yaml:2:9',
  },
  {
    name: 'ids differing only in Unicode form',
    files: corpusWith({
      'annotations/b.yaml':
        'entities:\n  - { id: "caf\u00e9", type: place, label: A }\n  - { id: "cafe\u0301", type: place, label: B }\n',
    }),
    at: 'annotations/b.yaml:3:11',
    message: 'only in case or Unicode form',
  },
  {
    name: 'a dangling subject',
    files: annotationsWith('    subject: alice\n', '    subject: alise\n'),
    at: 'annotations/a.yaml:10:14',
    message: 'unknown entity or claim "alise" in subject (did you mean "alice"?)',
  },
  {
    name: 'a dangling claimant',
    files: annotationsWith('    claimant: bob\n', '    claimant: robert\n'),
    at: 'annotations/a.yaml:30:15',
    message: 'unknown entity "robert" in claimant',
  },
  {
    name: 'a dangling about',
    files: annotationsWith('about: [bob]', 'about: [bobby]'),
    at: 'annotations/a.yaml:22:13',
    message: 'unknown entity or claim "bobby" in about',
  },
  {
    name: 'a dangling contradicted_by',
    files: annotationsWith(
      'contradicted_by: [meeting-disaster]',
      'contradicted_by: [meeting-disastr]',
    ),
    at: 'annotations/a.yaml:26:23',
    message:
      'unknown relation or claim "meeting-disastr" in contradicted_by (did you mean "meeting-disaster"?)',
  },
  {
    name: 'a dangling supported_by',
    files: annotationsWith('contradicted_by: [meeting-disaster]', 'supported_by: [nothing]'),
    at: 'annotations/a.yaml:26:20',
    message: 'unknown relation or claim "nothing" in supported_by',
  },
  {
    name: 'a dangling mention source',
    files: corpusWith({
      'annotations/b.yaml':
        'entities:\n  - id: paris\n    type: place\n    label: Paris\n    mentions:\n      - { source: s2, exact: Paris }\n',
    }),
    at: 'annotations/b.yaml:6:19',
    message: 'unknown source "s2" (did you mean "s1"?)',
  },
  {
    name: 'a reference to a former id',
    files: (() => {
      const files = annotationsWith(
        '    label: Bob\n',
        '    label: Bob\n    former_ids: [robert]\n',
      );
      files['annotations/a.yaml'] = String(files['annotations/a.yaml']).replace(
        'claimant: bob',
        'claimant: robert',
      );
      return files;
    })(),
    at: 'annotations/a.yaml:31:15',
    message: '"robert" is a former id of "bob": write claimant: bob',
  },
  {
    name: 'an unknown entity type',
    files: annotationsWith('    type: person\n    label: Bob', '    type: persn\n    label: Bob'),
    at: 'annotations/a.yaml:6:11',
    message: 'unknown entity type "persn" (did you mean "person"?)',
  },
  {
    name: 'an entity typed claim',
    files: annotationsWith('    type: person\n    label: Bob', '    type: claim\n    label: Bob'),
    at: 'annotations/a.yaml:6:11',
    message: 'type "claim" is for claims',
  },
  {
    name: 'an unknown predicate',
    files: annotationsWith('predicate: participated_in', 'predicate: participated'),
    at: 'annotations/a.yaml:11:16',
    message: 'unknown predicate "participated" (did you mean "participated_in"?)',
  },
  {
    name: 'a reserved claim predicate in a relation',
    files: annotationsWith('predicate: participated_in', 'predicate: contradicts'),
    at: 'annotations/a.yaml:11:16',
    message: 'predicate "contradicts" is generated from claims and cannot be used in a relation',
  },
  {
    name: 'a corpus predicate redefining a built-in one',
    files: corpusWith({ 'corpus.yaml': 'predicates:\n  - { id: owns, label: owns }\n' }),
    at: 'corpus.yaml:2:11',
    message: 'predicate "owns" is already built in',
  },
  {
    name: 'an unknown status',
    files: annotationsWith(
      '    predicate: participated_in\n',
      '    predicate: participated_in\n    status: fact\n',
    ),
    at: 'annotations/a.yaml:12:13',
    message: '"fact" is not allowed for relations[0].status; use one of: reported, attributed',
  },
  {
    name: 'a credibility grade written as text',
    files: annotationsWith(
      '    predicate: participated_in\n',
      '    predicate: participated_in\n    credibility: "2"\n',
    ),
    at: 'annotations/a.yaml:12:18',
    message: 'relations[0].credibility must be a whole number from 1 to 6',
  },
  {
    name: 'according_to as a mapping',
    files: annotationsWith(
      '    predicate: participated_in\n',
      '    predicate: participated_in\n    according_to: { id: alice }\n',
    ),
    at: 'annotations/a.yaml:12:19',
    message: 'relations[0].according_to must be an entity id or a list of them',
  },
  {
    name: 'a reliability grade out of the scale',
    files: corpusWith({ 'sources/s1.yaml': 'title: Notes\nreliability: G\n' }),
    at: 'sources/s1.yaml:2:14',
    message: 'use one of: A, B, C, D, E, F',
  },
  {
    name: 'a relation without evidence or per_claim',
    files: annotationsWith(
      '    evidence:\n      - source: s1\n        exact: Alice met Bob in Paris\n',
      '',
    ),
    at: 'annotations/a.yaml:9:9',
    message:
      'relation "alice-met-bob" has no evidence: add evidence: with at least one quote, or per_claim:',
  },
  {
    name: 'per_claim naming an entity',
    files: annotationsWith(
      '    predicate: participated_in\n',
      '    predicate: participated_in\n    per_claim: bob\n',
    ),
    at: 'annotations/a.yaml:12:16',
    message: 'per_claim "bob" is an entity, but per_claim must be a claim',
  },
  {
    name: 'an invalid EDTF date',
    files: annotationsWith('    date: 2021-05-03\n', '    date: 2021-13\n'),
    at: 'annotations/a.yaml:13:11',
    message: 'invalid date "2021-13": month 13 does not exist',
  },
  {
    name: 'a date without dashes',
    files: annotationsWith('    date: 2021-05-03\n', '    date: 20210503\n'),
    at: 'annotations/a.yaml:13:11',
    message: 'invalid date "20210503": write it with dashes, 2021-05-03',
  },
  {
    name: 'a reversed interval',
    files: annotationsWith('    date: 2021-05-03\n', '    date: 2021-06/2021-05\n'),
    at: 'annotations/a.yaml:13:11',
    message: 'the interval ends before it starts',
  },
  {
    name: 'a quote not found',
    files: annotationsWith('exact: Alice met Bob in Paris', 'exact: Alice met Bob in Pariss'),
    at: 'annotations/a.yaml:16:16',
    message: 'quote not found in sources/s1.txt; did you mean (line 1): "Alice met Bob in Paris"?',
  },
  {
    name: 'a quote from another source',
    files: (() => {
      const files = annotationsWith('exact: Alice met Bob in Paris', 'exact: only in two');
      files['sources/s2.yaml'] = 'title: Two\n';
      files['sources/s2.txt'] = 'This is only in two.\n';
      return files;
    })(),
    at: 'annotations/a.yaml:16:16',
    message: '(it is in sources/s2.txt: should source be "s2"?)',
  },
  {
    name: 'an empty quote',
    files: annotationsWith('exact: Alice met Bob in Paris', "exact: ''"),
    at: 'annotations/a.yaml:16:16',
    message: 'quote is empty',
  },
  {
    name: 'an ambiguous quote',
    files: annotationsWith('exact: the meeting was a disaster', 'exact: the meeting was'),
    at: 'annotations/a.yaml:33:16',
    message:
      'quote is ambiguous: found 2 times in sources/s1.txt (lines 2, 3); add a prefix or suffix',
  },
  {
    name: 'offsets out of range',
    files: annotationsWith(
      'exact: Alice met Bob in Paris',
      'exact: Alice met Bob in Paris\n        start: 100\n        end: 900',
    ),
    at: 'annotations/a.yaml:17:16',
    message:
      'offsets out of range: start 100, end 900, but sources/s1.txt has 127 UTF-16 code units',
  },
  {
    name: 'a source without text',
    files: corpusWith({ 'sources/s2.yaml': 'title: Two\n' }),
    at: 'sources/s2.yaml:1:1',
    message: 'source "s2" has no text: add sources/s2.txt',
  },
  {
    name: 'a text without metadata',
    files: corpusWith({ 'sources/s2.txt': 'Two.\n' }),
    at: 'sources/s2.txt:1:1',
    message: 'add sources/s2.yaml with at least a title: line',
  },
  {
    name: 'an empty source text',
    files: corpusWith({ 'sources/s1.txt': ' \n' }),
    at: 'sources/s1.txt:1:1',
    message: 'source text is empty',
  },
  {
    name: 'a bad url',
    files: corpusWith({ 'sources/s1.yaml': 'title: Notes\nurl: ftp://example.org/a\n' }),
    at: 'sources/s1.yaml:2:6',
    message: 'is not an http(s) URL',
  },
  {
    name: 'an estimated date without its basis',
    files: corpusWith({ 'sources/s1.yaml': 'title: Notes\nestimated_date: 2021\n' }),
    at: 'sources/s1.yaml:2:17',
    message: 'estimated_date needs estimated_date_basis',
  },
  {
    name: 'an empty corpus',
    files: {},
    at: 'sources:1:1',
    message: 'the corpus has no sources: add sources/<id>.yaml',
  },
  {
    name: 'a corpus without entities',
    files: corpusWith({ 'annotations/a.yaml': undefined }),
    at: 'annotations:1:1',
    message: 'the corpus has no entities',
  },
  {
    name: 'a file over the size limit',
    files: corpusWith({ 'annotations/huge.yaml': new Uint8Array(50 * 1024 * 1024) }),
    at: 'annotations/huge.yaml:1:1',
    message: 'file is 50 MB, over the 20 MB limit',
  },
];

describe('compileCorpus errors', () => {
  it.each(cases)('reports $name at $at', ({ files, at, message }) => {
    const result = compileCorpus(files);
    expect(result.graph).toBeUndefined();
    const errors = result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => formatDiagnostic(d));
    const found = errors.some((line) => line.startsWith(`${at}: `) && line.includes(message));
    expect(found, `expected ${at}: …${message}… among:\n${errors.join('\n')}`).toBe(true);
  });

  it('collects every error instead of stopping at the first', () => {
    const files = annotationsWith('    subject: alice\n', '    subject: alise\n');
    files['sources/s1.yaml'] = 'title: Notes\nurl: nope\n';
    const result = compileCorpus(files);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line}`)).toEqual([
      'annotations/a.yaml:10',
      'sources/s1.yaml:2',
    ]);
  });
});
