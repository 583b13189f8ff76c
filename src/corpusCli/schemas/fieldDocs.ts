// What each field of the input format means, in a line, for the hover help of editors that read
// the generated JSON Schemas. Keyed by the definition the field belongs to (see editorSchemas.ts);
// docs/data-format.md says the same at length. A test checks that every field has one and that
// none names a field the format no longer has.

export const FIELD_DOCS = {
  corpus: {
    title: 'The corpus title shown in the explorer (default: "Untitled corpus").',
    description: 'What the corpus is about, where its texts come from, how it was annotated.',
    predicates: 'Predicates this corpus adds to the built-in vocabulary.',
    origins: 'Reports the sources relay whose text is not in the corpus (external origins).',
  },
  predicateDefinition: {
    id: 'The predicate as relations write it: lowercase letters, digits and _, e.g. lobbied.',
    label: 'How the relation reads from subject to object, e.g. "lobbied".',
    description: 'What it means, e.g. "Subject lobbied the object."',
    readings:
      'How its relations read as sentences, past tense: active ("lobbied") and passive ("was lobbied by").',
  },
  origin: {
    id: 'An id like any other (lowercase slug), not the id of a source.',
    title: 'The report as it is known, e.g. "BuzzFeed News\'s review of leaked recordings".',
    publisher: 'Who published it, when known.',
    entity: 'The entity id that speaks for it (its author or publisher).',
    url: 'A full http(s) address, when known.',
    published: 'EDTF publication date, only when known: never invent it.',
    relays: 'Ids of the sources or origins this report itself passes on.',
    reliability: 'Admiralty grade of the report: A (completely reliable) to F (cannot be judged).',
    notes: 'How the corpus knows of it, and anything a reader should know.',
  },
  source: {
    title: "The source's title as published.",
    publisher: 'Who published it; leave empty when the text does not say.',
    author: 'Who wrote it; leave empty when the text does not say.',
    url: 'A full http(s) address; leave empty when unknown.',
    published: 'EDTF publication date (2022-03-14, 2022-03, 2022), only when known.',
    estimated_date: 'EDTF: when the text implies it was written; needs estimated_date_basis.',
    estimated_date_basis: 'Which phrases of the text place the estimated date, and how.',
    language: 'BCP 47 language tag, e.g. en, pt-BR.',
    notes: 'Anything a reader should know about the source.',
    author_entity: 'Entity id of the author: what the source says is according to it.',
    publisher_entity: 'Entity id of the publisher (used when there is no author_entity).',
    relays: 'Ids of the sources or external origins (corpus.yaml) this source passes on.',
    reliability: 'Admiralty grade: A completely reliable … E unreliable, F cannot be judged.',
    headline: 'The headline: its text, a quote of it, or false; default: the first non-empty line.',
    estimated_date_evidence: 'Quotes of this text that estimated_date rests on (no source:).',
  },
  passage: {
    exact: "The quoted words, copied from the source text as they are (typos included).",
    prefix: 'Text just before the quote, to pick one occurrence when it occurs several times.',
    suffix: 'Text just after the quote, to pick one occurrence when it occurs several times.',
    start: 'Optional hint: UTF-16 offset where the quote starts in the text.',
    end: 'Optional hint: UTF-16 offset where the quote ends (exclusive).',
  },
  mention: {
    source: 'The id of the source (its file name in sources/ without .yaml).',
    exact: 'The words that name the entity, as the text writes them.',
    prefix: 'Text just before the mention, to pick one occurrence.',
    suffix: 'Text just after the mention, to pick one occurrence.',
    start: 'Optional hint: UTF-16 offset where the mention starts.',
    end: 'Optional hint: UTF-16 offset where the mention ends (exclusive).',
  },
  quote: {
    source: 'The id of the source quoted (its file name in sources/ without .yaml).',
    exact: "The quoted words, copied from the source text as they are (typos included).",
    prefix: 'Text just before the quote, to pick one occurrence when it occurs several times.',
    suffix: 'Text just after the quote, to pick one occurrence when it occurs several times.',
    start: 'Optional hint: UTF-16 offset where the quote starts in the text.',
    end: 'Optional hint: UTF-16 offset where the quote ends (exclusive).',
    according_to:
      "Who this quote is according to, when not the item's or its source's author or publisher.",
    origin: "self when this is the source's own contribution, or the source or origin it relays.",
  },
  reading: {
    detail: 'What the sources differ on; readings with the same detail go together.',
    source: 'The id of the source read.',
    reads: 'How that source puts it, in your words or its own.',
    exact: 'Optional quote of the source, anchored like evidence.',
    prefix: 'Text just before the quote.',
    suffix: 'Text just after the quote.',
  },
  entity: {
    id: 'Lowercase slug (a-z, 0-9, single hyphens), unique in the corpus; never reuse or rename.',
    type: 'What kind of thing it is; the explorer styles each type.',
    label: 'The name shown, as the sources write it; found in the texts as a mention.',
    aliases: 'Other names the sources use for it (found in the texts as mentions too).',
    description: 'One or two sentences on who or what it is.',
    external_ids: 'Ids in other databases, e.g. { wikidata: Q48938223 }.',
    former_ids: 'Ids this entity used to have, so old links keep working.',
    mentions: 'Mentions the label and aliases do not find: quotes naming it.',
  },
  relation: {
    id: 'Lowercase slug, unique in the corpus, e.g. bytedance-owns-tiktok.',
    subject: 'The entity or claim id the relation starts from.',
    predicate: 'How the subject relates to the object: a built-in predicate or one of corpus.yaml.',
    object: 'The entity or claim id the relation points to.',
    date: 'EDTF date or interval, as precise as the evidence allows (2021-09, 2021-09/2022-01).',
    date_basis: 'Where the date comes from, e.g. \'"in May" in a text written in 2022\'.',
    note: 'Free text; required with status inference (why you read it so).',
    evidence: 'Quotes of the sources that state it (at least one, unless per_claim).',
    according_to: 'Entity id (or list) who asserts it, when not the sources themselves.',
    status: 'In what voice the source says it: reported (default), attributed, opinion, …',
    credibility: 'Admiralty grade of the information, 1 (confirmed) to 6 (cannot be judged).',
    date_relative_to: 'The source whose writing date a relative date ("last year") is read from.',
    readings: 'How each source puts a detail the sources differ on.',
    per_claim: 'The claim this relation is only the content of: it is according to its claimant.',
  },
  claim: {
    id: 'Lowercase slug, unique in the corpus, e.g. claim-us-data-stored-in-us.',
    label: 'A short label for the graph.',
    statement: 'What is claimed, in a sentence.',
    claimant: 'The entity id of who made the claim.',
    note: 'Free text; required with status inference.',
    date: 'EDTF: when the claim was made.',
    date_basis: 'Where the date comes from.',
    venue: 'Where the claim was made, e.g. "a statement to BuzzFeed News".',
    about: 'Entity or claim ids the claim concerns.',
    evidence: 'Quotes of the sources that report the claim (at least one).',
    supported_by: 'Relation or claim ids that back it.',
    contradicted_by: 'Relation or claim ids that contradict it (the claim is then disputed).',
    according_to: 'Entity id (or list) who reports that the claim was made, when not the sources.',
    status: 'In what voice the source gives it: attributed (default), opinion, reported, …',
    credibility: 'Admiralty grade of the information, 1 (confirmed) to 6 (cannot be judged).',
    date_relative_to: 'The source whose writing date a relative date is read from.',
    readings: 'How each source puts a detail the sources differ on.',
  },
  annotations: {
    entities: 'People, organisations, places, documents… that relations and claims link.',
    relations: 'Who did what to whom, each backed by quotes.',
    claims: 'Who stated what, when, and what supports or contradicts it.',
  },
  story: {
    title: 'The story\'s title, shown in the Stories menu and at the top of its panel.',
    description: 'A sentence or two on what the story tells.',
    steps: 'The steps, in order: each a title, a caption and a view.',
  },
  storyStep: {
    title: 'The step\'s title, announced when the step opens.',
    caption:
      'Small Markdown: *emphasis*, **strong**, [text](https://…), [[id]] for an entity, relation ' +
      'or claim, [[quote:id#n]] for the n-th quote of a relation or claim.',
    view:
      'The view the step shows: a mapping of the URL keys (focus, hops, sel, hide, from…, see ' +
      'docs/url-format.md), or a link. None: the whole graph.',
  },
} as const satisfies Record<string, Record<string, string>>;

export type DefinitionName = keyof typeof FIELD_DOCS;

/** What each definition is, for its title and hover text. */
export const DEFINITION_DOCS: Record<DefinitionName, { title: string; description: string }> = {
  corpus: { title: 'corpus.yaml', description: 'The corpus: its title, extra predicates, origins.' },
  predicateDefinition: {
    title: 'Predicate',
    description: 'A predicate particular to this corpus.',
  },
  origin: {
    title: 'External origin',
    description: 'A report the sources relay whose text is not in the corpus.',
  },
  source: {
    title: 'Source metadata',
    description: 'sources/<id>.yaml: the metadata of the text in sources/<id>.txt.',
  },
  passage: { title: 'Passage', description: "A quote of the source's own text." },
  mention: { title: 'Mention', description: 'A quote that names the entity.' },
  quote: {
    title: 'Evidence quote',
    description: 'A W3C TextQuoteSelector: the source and the exact words quoted.',
  },
  reading: { title: 'Reading', description: 'How one source puts a detail the sources differ on.' },
  entity: { title: 'Entity', description: 'A node of the graph.' },
  relation: { title: 'Relation', description: 'An edge of the graph, backed by evidence.' },
  claim: { title: 'Claim', description: 'A statement someone made, backed by evidence.' },
  annotations: {
    title: 'Annotation file',
    description: 'annotations/**/*.yaml: entities, relations and claims.',
  },
  story: {
    title: 'Story',
    description: 'stories/<id>.yaml: a guided tour of the corpus, one view and caption per step.',
  },
  storyStep: { title: 'Story step', description: 'A title, a caption citing evidence, and a view.' },
};
