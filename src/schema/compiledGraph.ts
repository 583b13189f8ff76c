// The contract between the compiler (which writes it) and the app (which reads it): a directed
// multigraph whose attributes carry the evidence, and beside it the source texts with their
// mentions, which only the reader needs and so load when it first opens. Nodes are written as
// graphology serialises them; edges, most of the file, as columns (see edgeColumns.ts).
// Bump COMPILED_FORMAT_VERSION when a change would break an older app reading newer files.
import { z } from 'zod';
import { compiledStorySchema } from './story';
import { RELIABILITY_GRADES, STATUSES } from './attribution';
import {
  externalOriginSchema,
  provenanceColumns,
  provenanceFields,
  quoteMarkColumns,
  sparseColumn,
} from './provenanceSchema';
import { ENTITY_TYPES } from './vocabulary';
import {
  columnLengthIssues,
  sampleColumns,
  sampleOf,
  withSampledMentions,
  type ColumnsShell,
} from './validationSamples';

export type { ExternalOrigin, Reading } from './provenanceSchema';

export const COMPILED_FORMAT_VERSION = 4;

/** Offsets count UTF-16 code units of the source text, i.e. JavaScript string indices. */
export const OFFSET_UNIT = 'utf16-code-units';

const dayString = z.string().regex(/^-?\d{4}-\d{2}-\d{2}$/);

export const evidenceSchema = z.strictObject({
  source: z.string(),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  /** Start offset in the source text (inclusive). */
  start: z.number().int().nonnegative(),
  /** End offset in the source text (exclusive). */
  end: z.number().int().nonnegative(),
  /** Present (true) when the quote lies within its source's headline. */
  headline: z.literal(true).optional(),
  /** Entity ids this quote is according to, when the annotation says so for this quote alone. */
  accordingTo: z.array(z.string()).optional(),
  /** Where the quote's content comes from, when the annotation says: its source id for `self`. */
  origin: z.string().optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** A date as written (EDTF) with the whole days it covers, inclusive, and why it is what it is. */
const datedFields = {
  date: z.string().nullable(),
  dateStart: dayString.nullable(),
  dateEnd: dayString.nullable(),
  /** How a relative date ("last year", "in May") was resolved, or where a date comes from. */
  dateBasis: z.string().nullable(),
};

export const claimDetailsSchema = z.strictObject({
  statement: z.string(),
  claimant: z.string().nullable(),
  venue: z.string().nullable(),
  note: z.string().nullable(),
  ...datedFields,
  evidence: z.array(evidenceSchema),
  /** Ids of relations (edge keys) or claims (node keys) that back the claim. */
  supportedBy: z.array(z.string()),
  /** Ids of relations (edge keys) or claims (node keys) that contradict the claim. */
  contradictedBy: z.array(z.string()),
  disputed: z.boolean(),
  ...provenanceFields,
});
export type ClaimDetails = z.infer<typeof claimDetailsSchema>;

export const nodeAttributesSchema = z.strictObject({
  label: z.string(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()),
  description: z.string(),
  externalIds: z.record(z.string(), z.string()),
  formerIds: z.array(z.string()),
  /** Sources that mention the entity or give evidence about it. */
  sources: z.array(z.string()),
  x: z.number(),
  y: z.number(),
  /** Louvain community (0 is the largest), computed at compile time; absent in older files. */
  community: z.number().int().nonnegative().optional(),
  claim: claimDetailsSchema.optional(),
});
export type NodeAttributes = z.infer<typeof nodeAttributesSchema>;

export const edgeAttributesSchema = z.strictObject({
  predicate: z.string(),
  label: z.string(),
  ...datedFields,
  note: z.string().nullable(),
  evidence: z.array(evidenceSchema),
  /** Distinct sources among the evidence; corroboration is its length. */
  sources: z.array(z.string()),
  /** Ids of claims this relation contradicts or supports. */
  contradicts: z.array(z.string()),
  supports: z.array(z.string()),
  /** True for the edges the compiler generates from claims (stated, about, contradicts, supports). */
  derived: z.boolean(),
  ...provenanceFields,
  /** The claim this relation states (its `per_claim`), or null. */
  perClaim: z.string().nullable(),
});
export type EdgeAttributes = z.infer<typeof edgeAttributesSchema>;

export const mentionSchema = z.tuple([
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.string(),
]);
/** [start, end, entity id] in the source text, sorted by start. */
export type Mention = z.infer<typeof mentionSchema>;

export const compiledSourceSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  /** EDTF publication date, or null when the source does not give it. */
  published: z.string().nullable(),
  /** What the text implies about when it was written, when it gives no date. */
  estimatedDate: z.string().nullable(),
  estimatedDateBasis: z.string().nullable(),
  language: z.string().nullable(),
  notes: z.string().nullable(),
  /** Its text's length; the text itself is in the texts file. */
  textLength: z.number().int().nonnegative(),
  /** Entities that speak for it: what it says is according to the author, else the publisher. */
  authorEntity: z.string().nullable(),
  publisherEntity: z.string().nullable(),
  /** Ids of the sources or external origins it passes on. */
  relays: z.array(z.string()),
  reliability: z.enum(RELIABILITY_GRADES).nullable(),
  /** [start, end) of its headline in the text, or null when it has none. */
  headline: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).nullable(),
});
export type CompiledSource = z.infer<typeof compiledSourceSchema>;

export const sourceTextSchema = z.strictObject({
  text: z.string(),
  mentions: z.array(mentionSchema),
});
export type SourceText = z.infer<typeof sourceTextSchema>;

/** The file beside the graph's: every source's text and mentions, by source id. */
export const compiledTextsSchema = z.strictObject({
  formatVersion: z.literal(COMPILED_FORMAT_VERSION),
  /** The graph's `textsDigest`: a texts file from another compile is refused. */
  digest: z.string(),
  sources: z.record(z.string(), sourceTextSchema),
});
export type CompiledTexts = z.infer<typeof compiledTextsSchema>;

/** Where the texts file is, given the graph file's name: `corpus.json` → `corpus.texts.json`. */
export const textsFileFor = (graphFile: string): string =>
  graphFile.replace(/(\.json)?$/, '.texts.json');

const definitionSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  description: z.string(),
});

export const graphAttributesSchema = z.strictObject({
  formatVersion: z.literal(COMPILED_FORMAT_VERSION),
  title: z.string(),
  description: z.string(),
  offsetUnit: z.literal(OFFSET_UNIT),
  sources: z.array(compiledSourceSchema),
  entityTypes: z.array(definitionSchema),
  /** Every predicate the graph's edges use, with its label and, since issue 17, its readings. */
  predicates: z.array(
    definitionSchema.extend({
      readings: z.strictObject({ active: z.string(), passive: z.string() }).optional(),
    }),
  ),
  /** Former entity id → current id, so old permalinks resolve. */
  formerIds: z.record(z.string(), z.string()),
  /** The external origins the sources relay, by id. */
  origins: z.array(externalOriginSchema),
  /** The status vocabulary, in order: edges' `status` column gives positions in it. */
  statuses: z.array(definitionSchema.extend({ id: z.enum(STATUSES) })),
  /** Names the texts file compiled with this graph (see compiledTextsSchema). */
  textsDigest: z.string(),
  /** Guided tours of the corpus (stories/<id>.yaml), by id; a graph from before them has none. */
  stories: z.array(compiledStorySchema).default([]),
});
export type GraphAttributes = z.infer<typeof graphAttributesSchema>;

const position = z.number().int().nonnegative();
const day = dayString.nullable();

/**
 * The edges, one array per field, all as long as `key`. Positions refer to the graph's `nodes`,
 * `attributes.predicates` and `attributes.sources`. An edge's label is its predicate's; its
 * `sources` are the distinct sources of its evidence. Edge e's evidence is rows
 * evidenceStart[e] to evidenceStart[e + 1] (exclusive) of the `evidence` columns.
 */
export const edgeColumnsSchema = z.strictObject({
  key: z.array(z.string()),
  source: z.array(position),
  target: z.array(position),
  predicate: z.array(position),
  date: z.array(z.string().nullable()),
  dateStart: z.array(day),
  dateEnd: z.array(day),
  dateBasis: z.array(z.string().nullable()),
  note: z.array(z.string().nullable()),
  /** 1 for the edges the compiler generates from claims. */
  derived: z.array(z.union([z.literal(0), z.literal(1)])),
  /** One longer than `key`. */
  evidenceStart: z.array(position),
  evidence: z.strictObject({
    source: z.array(position),
    exact: z.array(z.string()),
    prefix: z.array(z.string().nullable()),
    suffix: z.array(z.string().nullable()),
    start: z.array(position),
    end: z.array(position),
    ...quoteMarkColumns,
  }),
  /** Sparse: [edge position, ids of the claims it contradicts or supports], by position. */
  contradicts: sparseColumn(z.array(z.string())),
  supports: sparseColumn(z.array(z.string())),
  ...provenanceColumns,
});
export type EdgeColumns = z.infer<typeof edgeColumnsSchema>;

const nodeEntrySchema = z.strictObject({ key: z.string(), attributes: nodeAttributesSchema });

export const compiledGraphSchema = z.strictObject({
  attributes: graphAttributesSchema,
  options: z.strictObject({
    type: z.literal('directed'),
    multi: z.literal(true),
    allowSelfLoops: z.boolean(),
  }),
  nodes: z.array(nodeEntrySchema),
  edges: edgeColumnsSchema,
});
export type CompiledGraph = z.infer<typeof compiledGraphSchema>;

/** An edge as graphology serialises it: what the compiler builds and the app's graph holds. */
export interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** The graph as graphology serialises it, edges as objects (see edgeColumns.ts). */
export type ExpandedGraph = Omit<CompiledGraph, 'edges'> & { edges: EdgeEntry[] };

const sourceSchema = graphAttributesSchema.shape.sources.element;
const anyArray = z.array(z.unknown());
const edgeColumnsShellSchema = z.strictObject({
  ...Object.fromEntries(Object.keys(edgeColumnsSchema.shape).map((name) => [name, anyArray])),
  evidence: z.strictObject(
    Object.fromEntries(
      Object.keys(edgeColumnsSchema.shape.evidence.shape).map((name) => [name, anyArray]),
    ),
  ),
});
const graphShellSchema = compiledGraphSchema.extend({
  attributes: graphAttributesSchema.extend({ sources: anyArray }),
  nodes: anyArray,
  edges: edgeColumnsShellSchema,
});
/** Up to this many nodes + edges, every element is validated. */
export const FULL_VALIDATION_LIMIT = 20_000;
const SAMPLE_SIZE = 100;
/** Sources are alike: a few of them tell as much as many. */
const SOURCE_SAMPLE_SIZE = 20;
/** Of a texts file's sources (their mentions are sampled in validationSamples.ts). */
const TEXT_SAMPLE_SIZE = 20;

/**
 * Checks a compiled graph against this version's contract. Large graphs (which only the
 * compiler writes) get the header, the columns' lengths and a sample of elements validated in
 * full: validating every element of a 150k-edge file would cost seconds at every page load, and a
 * version mismatch shows in the header and in any element. Positions out of range are refused
 * when the model is built.
 */
export function parseCompiledGraph(
  json: unknown,
): { success: true; data: CompiledGraph } | { success: false; error: z.ZodError } {
  const shell = graphShellSchema.safeParse(json);
  if (!shell.success) return { success: false, error: shell.error };
  const { nodes } = shell.data;
  const edges = shell.data.edges as unknown as ColumnsShell;
  const lengths = columnLengthIssues(edges);
  if (lengths.length > 0) return { success: false, error: new z.ZodError(lengths) };
  if (nodes.length + edges.key.length <= FULL_VALIDATION_LIMIT) {
    return compiledGraphSchema.safeParse(json);
  }
  const sample = z
    .object({
      nodes: z.array(nodeEntrySchema),
      edges: edgeColumnsSchema,
      attributes: z.object({ sources: z.array(sourceSchema) }),
    })
    .safeParse({
      nodes: sampleOf(nodes, SAMPLE_SIZE),
      edges: sampleColumns(edges, SAMPLE_SIZE),
      attributes: { sources: sampleOf(shell.data.attributes.sources, SOURCE_SAMPLE_SIZE) },
    });
  if (!sample.success) return { success: false, error: sample.error };
  return { success: true, data: json as CompiledGraph };
}

const textsShellSchema = compiledTextsSchema.extend({
  sources: z.record(z.string(), z.unknown()),
});

/**
 * Checks a texts file against this version's contract and the graph it belongs to. Like the
 * graph, a large one has its header and a sample of its sources (and of their mentions) checked.
 */
export function parseCompiledTexts(
  json: unknown,
  graph: CompiledGraph,
): { success: true; data: CompiledTexts } | { success: false; error: z.ZodError } {
  const shell = textsShellSchema.safeParse(json);
  if (!shell.success) return { success: false, error: shell.error };
  const expected = graph.attributes.textsDigest;
  if (shell.data.digest !== expected) {
    return {
      success: false,
      error: new z.ZodError([
        {
          code: 'custom',
          path: ['digest'],
          message: `belongs to another compile of the graph (${shell.data.digest}, not ${expected})`,
          input: shell.data.digest,
        },
      ]),
    };
  }
  const entries = Object.entries(shell.data.sources);
  const checked =
    entries.length <= 2 * TEXT_SAMPLE_SIZE
      ? entries
      : sampleOf(entries, TEXT_SAMPLE_SIZE).map(([id, text]) => [id, withSampledMentions(text)]);
  const sample = z.record(z.string(), sourceTextSchema).safeParse(Object.fromEntries(checked));
  if (!sample.success) {
    const issues = sample.error.issues.map((issue) => ({
      ...issue,
      path: ['sources', ...issue.path],
    }));
    return { success: false, error: new z.ZodError(issues) };
  }
  return { success: true, data: json as CompiledTexts };
}
