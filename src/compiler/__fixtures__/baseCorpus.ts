// A small valid corpus in memory; tests replace one file at a time to provoke one error.
import type { CorpusFiles } from '../types';

export const BASE_TEXT =
  'Alice met Bob in Paris on 3 May 2021.\n' +
  'Alice said: \u201cthe meeting was fine.\u201d\n' +
  'Bob  disagreed; Bob said the meeting was a disaster.\n';

export const BASE_ANNOTATIONS = `entities:
  - id: alice
    type: person
    label: Alice
  - id: bob
    type: person
    label: Bob
relations:
  - id: alice-met-bob
    subject: alice
    predicate: participated_in
    object: bob
    date: 2021-05-03
    evidence:
      - source: s1
        exact: Alice met Bob in Paris
claims:
  - id: meeting-fine
    label: The meeting was fine
    statement: The meeting was fine.
    claimant: alice
    about: [bob]
    evidence:
      - source: s1
        exact: '"the meeting was fine."'
    contradicted_by: [meeting-disaster]
  - id: meeting-disaster
    label: The meeting was a disaster
    statement: The meeting was a disaster.
    claimant: bob
    evidence:
      - source: s1
        exact: the meeting was a disaster
`;

export function baseCorpus(): CorpusFiles {
  return {
    'corpus.yaml': 'title: Base\n',
    'sources/s1.yaml': 'title: Notes on a meeting\nurl: https://example.org/a\n',
    'sources/s1.txt': BASE_TEXT,
    'annotations/a.yaml': BASE_ANNOTATIONS,
  };
}

/** The base corpus with some files replaced (or removed, with undefined). */
export function corpusWith(changes: Record<string, string | Uint8Array | undefined>): CorpusFiles {
  const files: CorpusFiles = { ...baseCorpus() };
  for (const [path, content] of Object.entries(changes)) {
    if (content === undefined) delete files[path];
    else files[path] = content;
  }
  return files;
}

/** The base annotations with one line replaced: `replace` must occur exactly once. */
export function annotationsWith(find: string, replace: string): CorpusFiles {
  if (BASE_ANNOTATIONS.split(find).length !== 2) throw new Error(`"${find}" must occur once`);
  return corpusWith({ 'annotations/a.yaml': BASE_ANNOTATIONS.replace(find, replace) });
}
