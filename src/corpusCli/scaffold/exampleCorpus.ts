// The files of a new corpus: one commented example of each kind (a source and its metadata, an
// entity, a relation, a claim, an external origin the source relays, attribution), about an
// invented article, so that the folder compiles from the start and shows the format at work.
import { stringify } from 'yaml';
import { sourceMetadataYaml } from './sourceMetadata';

export const EXAMPLE_SOURCE_ID = 'example-article';

/** The invented article. The quotes below are copied from it, as evidence must be. */
export const EXAMPLE_TEXT = `Riverton approves new water plant

The Riverton city council approved a new water treatment plant on Monday, council spokesperson
Dana Reyes said. "The plant will serve 40,000 homes," Reyes told reporters.

According to a report by the Regional Water Authority, the plant will be built by Aquafirm, an
engineering company based in Riverton.
`;

/** Corpus path → content; `modelineFor` gives each YAML file its schema line. */
export function exampleCorpusFiles(
  title: string,
  modelineFor: (file: string) => string,
): Record<string, string> {
  const corpus = 'corpus.yaml';
  const entities = 'annotations/entities.yaml';
  const relations = 'annotations/relations.yaml';
  const claims = 'annotations/claims.yaml';
  const metadata = `sources/${EXAMPLE_SOURCE_ID}.yaml`;
  return {
    [corpus]: `${modelineFor(corpus)}
# The corpus: what it is, the predicates particular to it, and the reports its sources relay whose
# text is not in it. docs/data-format.md describes every field; docs/modelling-guide.md shows how
# to model what a text says. The example files are about an invented article: replace them.
${stringify({ title }, { lineWidth: 0 }).trimEnd()}
description: >-
  What the corpus is about, where its texts come from and how they were annotated.

# Words particular to this corpus; the built-in predicates are listed in docs/data-format.md.
predicates:
  - id: approved
    label: approved
    description: Subject approved the object (a plan, a budget, a project).

# External origins: reports the sources pass on whose text is not in the corpus. A source lists
# what it relays under relays: in its metadata; what several sources have from one report then
# counts as one independent origin, not as several.
origins:
  - id: water-authority-report
    title: The Regional Water Authority's report on the Riverton water plant
    publisher: Regional Water Authority
    entity: regional-water-authority # the entity that speaks for it
    notes: Not in the corpus; known only through the example article, which cites it.
`,
    [`sources/${EXAMPLE_SOURCE_ID}.txt`]: EXAMPLE_TEXT,
    [metadata]: sourceMetadataYaml({
      modeline: modelineFor(metadata),
      textFile: `sources/${EXAMPLE_SOURCE_ID}.txt`,
      values: {
        title: 'Riverton approves new water plant',
        published: '2024-03-12',
        language: 'en',
        notes: 'An invented article, to show the format.',
        relays: ['water-authority-report'],
      },
      commentsAbove: {
        relays: [
          'It passes on the Regional Water Authority\'s report ("According to a report by…"), an',
          'external origin of corpus.yaml: its quotes go back to that report unless they say',
          'origin: self.',
        ],
      },
    }),
    [entities]: `${modelineFor(entities)}
# Entities: what relations and claims link. The compiler finds every label and alias in the texts
# by itself (the reader highlights them). Ids are permanent, as links use them: never reuse one.
entities:
  - id: riverton-city-council
    type: organization # docs/data-format.md lists the types
    label: Riverton city council
    description: The city council of Riverton (an invented example).
  - id: dana-reyes
    type: person
    label: Dana Reyes
    aliases: [Reyes] # other names the texts use
    description: Spokesperson of the Riverton city council.
  - id: riverton-water-plant
    type: program
    label: water treatment plant
    description: The new water treatment plant of Riverton.
  - id: aquafirm
    type: organization
    label: Aquafirm
    description: An engineering company.
  - id: riverton
    type: place
    label: Riverton
  - id: regional-water-authority
    type: organization
    label: Regional Water Authority
`,
    [relations]: `${modelineFor(relations)}
# Relations: who did what to whom, each backed by quotes copied from the source text as they are.
relations:
  # A named party says it: status attributed, according to that party. The text dates it
  # relative to its own writing ("on Monday"), so date_relative_to names the source it was read
  # from and date_basis says how.
  - id: council-approved-water-plant
    subject: riverton-city-council
    predicate: approved # defined in corpus.yaml
    object: riverton-water-plant
    date: 2024-03-11
    date_relative_to: ${EXAMPLE_SOURCE_ID}
    date_basis: '"on Monday", in an article published on Tuesday 12 March 2024'
    status: attributed
    according_to: dana-reyes
    evidence:
      - source: ${EXAMPLE_SOURCE_ID}
        exact: The Riverton city council approved a new water treatment plant on Monday
        origin: self # the article's own reporting, not the report it relays

  # Relayed: the article has this from the Regional Water Authority's report, so its quote goes
  # back to that origin (the source's relays:) and is according to the authority.
  - id: aquafirm-based-in-riverton
    subject: aquafirm
    predicate: based_in
    object: riverton
    status: attributed
    according_to: regional-water-authority
    evidence:
      - source: ${EXAMPLE_SOURCE_ID}
        exact: Aquafirm, an engineering company based in Riverton
`,
    [claims]: `${modelineFor(claims)}
# Claims: who stated what, with the quotes that report it. What backs or contradicts a claim goes
# under supported_by / contradicted_by (relation or claim ids); a contradicted claim is disputed.
claims:
  - id: claim-plant-serves-40000-homes
    label: The plant will serve 40,000 homes
    statement: The new water treatment plant will serve 40,000 homes.
    claimant: dana-reyes # who made it; according_to would say who reports that it was made
    status: attributed # the source reports what the claimant says
    venue: remarks to reporters
    about: [riverton-water-plant]
    evidence:
      - source: ${EXAMPLE_SOURCE_ID}
        exact: '"The plant will serve 40,000 homes," Reyes told reporters'
        origin: self
    supported_by: []
    contradicted_by: []
`,
  };
}
