// A small corpus in the attribution format: three articles about one report that is not in the
// corpus, a blog's own opinion among them. Tests replace files to provoke one rule at a time.
import type { CorpusFiles } from '../types';

export const ARTICLE_A =
  'Leaked recordings show data was accessed from China\n\n' +
  'The recordings, reviewed by the Gazette, show that engineers in China accessed US data.\n' +
  'A spokesperson said: "we created a security team in May".\n';
export const ARTICLE_B =
  'US data accessed from China, recordings show\n\n' +
  'According to the Gazette, engineers in China had access to US data.\n';
export const BLOG =
  'Recordings show data was accessed from China\n\n' +
  'This is a huge problem. Engineers in China accessed US data, the Gazette found.\n';

/** Article A's metadata but its relays: undated in the text, written in 2022 (estimated). */
export const ARTICLE_A_META =
  'title: Article A\nestimated_date: 2022\nestimated_date_basis: it reports the leak as news\n';

export const RELAY_ENTITIES = `entities:
  - { id: engineers, type: group, label: engineers in China }
  - { id: us-data, type: data_asset, label: US data }
  - { id: gazette, type: organization, label: Gazette }
  - { id: spokesperson, type: person, label: spokesperson }
  - { id: security-team, type: program, label: security team }
`;

export const RELAY_RELATIONS = `relations:
  - id: engineers-accessed-us-data
    subject: engineers
    predicate: accessed
    object: us-data
    status: attributed
    according_to: gazette
    evidence:
      - source: a
        exact: engineers in China accessed US data
      - source: b
        exact: engineers in China had access to US data
      - source: blog
        exact: Engineers in China accessed US data
`;

export const RELAY_CLAIMS = `claims:
  - id: security-team-created
    label: TikTok created a security team
    statement: We created a security team in May.
    claimant: spokesperson
    status: attributed
    about: [security-team]
    date: 2022-05
    date_relative_to: a
    evidence:
      - source: a
        exact: we created a security team in May
`;

export function relayCorpus(): CorpusFiles {
  return {
    'corpus.yaml': [
      'title: Relays',
      'origins:',
      '  - id: gazette-report',
      '    title: The Gazette review of leaked recordings',
      '    publisher: The Gazette',
      '    entity: gazette',
      '',
    ].join('\n'),
    'sources/a.yaml': `${ARTICLE_A_META}relays: [gazette-report]\n`,
    'sources/a.txt': ARTICLE_A,
    'sources/b.yaml': 'title: Article B\npublished: 2022-06-01\nrelays: [gazette-report]\n',
    'sources/b.txt': ARTICLE_B,
    'sources/blog.yaml': 'title: A blog post\nrelays: [a]\n',
    'sources/blog.txt': BLOG,
    'annotations/entities.yaml': RELAY_ENTITIES,
    'annotations/relations.yaml': RELAY_RELATIONS,
    'annotations/claims.yaml': RELAY_CLAIMS,
  };
}

/** The relay corpus with some files replaced or added. */
export function relayCorpusWith(changes: Record<string, string | undefined>): CorpusFiles {
  const files = relayCorpus();
  for (const [path, content] of Object.entries(changes)) {
    if (content === undefined) delete files[path];
    else files[path] = content;
  }
  return files;
}

/** One reported relation quoting article b, with extra fields on the quote. */
export function relationQuotingB(extra: string): string {
  return [
    'relations:',
    '  - id: had-access',
    '    subject: engineers',
    '    predicate: has_access_to',
    '    object: us-data',
    '    status: reported',
    '    evidence:',
    `      - { source: b, exact: engineers in China had access, ${extra} }`,
    '',
  ].join('\n');
}

/**
 * The relay corpus with one of each provenance feature, compiled into the model's test fixture
 * (src/model/__fixtures__/provenanceGraph.json): a per_claim relation, a headline-only source, an
 * opinion, per-quote attribution, readings, a publisher entity and grades.
 */
export function provenanceCorpus(): CorpusFiles {
  return relayCorpusWith({
    'sources/b.yaml':
      'title: Article B\npublisher: The Courier\npublisher_entity: gazette\npublished: 2022-06-01\nreliability: B\nrelays: [gazette-report]\n',
    'annotations/relations.yaml': `${RELAY_RELATIONS}    credibility: 2
    readings:
      - { detail: what they did, source: a, reads: accessed US data, exact: accessed US data }
      - { detail: what they did, source: b, reads: had access to US data }
  - id: spokesperson-created-team
    subject: spokesperson
    predicate: created
    object: security-team
    per_claim: security-team-created
  - id: blog-calls-it-a-problem
    subject: engineers
    predicate: related_to
    object: us-data
    status: opinion
    note: The blog's own view of the report.
    evidence:
      - { source: blog, exact: This is a huge problem }
  - id: headline-only-access
    subject: engineers
    predicate: has_access_to
    object: us-data
    status: reported
    evidence:
      - { source: b, exact: US data accessed from China }
      - { source: a, exact: engineers in China accessed US data, according_to: spokesperson }
`,
    'annotations/claims-disputed.yaml': `claims:
  - id: no-access-from-china
    label: No one in China has access
    statement: No one in China has access to US data.
    claimant: spokesperson
    status: attributed
    evidence:
      - { source: a, exact: A spokesperson said }
    contradicted_by: [engineers-accessed-us-data, huge-problem]
  - id: huge-problem
    label: This is a huge problem
    statement: This is a huge problem.
    status: opinion
    evidence:
      - { source: blog, exact: This is a huge problem }
`,
  });
}
