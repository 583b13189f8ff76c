// The provenance parts of the compiled graph's contract (format 4): who a relation or claim is
// according to, in what voice, from which independent origins, how credible and how sure its date
// is; the external origins; and the columns that store them. compiledGraph.ts assembles them.
import { z } from 'zod';
import { CREDIBILITY_GRADES, RELIABILITY_GRADES, STATUSES } from './attribution';

const position = z.number().int().nonnegative();

/** Sparse: [position, value] for the few edges (or evidence rows) that have a value, by position. */
export const sparseColumn = <T extends z.ZodType>(value: T) => z.array(z.tuple([position, value]));

const credibilityGrade = z
  .number()
  .int()
  .min(CREDIBILITY_GRADES[0])
  .max(CREDIBILITY_GRADES[CREDIBILITY_GRADES.length - 1] ?? CREDIBILITY_GRADES[0]);

/** How one source puts a detail the sources differ on; `quote` is anchored in that source. */
export const readingSchema = z.strictObject({
  detail: z.string(),
  source: z.string(),
  reads: z.string(),
  quote: z
    .strictObject({
      exact: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    })
    .nullable(),
});
export type Reading = z.infer<typeof readingSchema>;

/** One independent origin of a relation or claim (see origins.ts), ids sorted. */
export const originGroupSchema = z.strictObject({
  /** Source or external origin ids its evidence goes back to. */
  roots: z.array(z.string()),
  /** The corroborating sources that carry it. */
  sources: z.array(z.string()),
});

/** Who asserts a relation or claim, in what voice, from which origins, how sure its date is. */
export const provenanceFields = {
  status: z.enum(STATUSES),
  /**
   * Entity ids the whole relation or claim is according to (the annotation's `according_to`, or a
   * per_claim relation's claimant); empty when each quote's source speaks for itself.
   */
  accordingTo: z.array(z.string()),
  /** The annotator's credibility grade, 1–6. */
  credibility: credibilityGrade.nullable(),
  /** 1 (confirmed by independent origins) when at least two support it; else null. */
  credibilityDerived: z.literal(1).nullable(),
  /** True when the date was resolved against an estimated writing date. */
  dateEstimated: z.boolean(),
  /** The source whose writing date a relative date was resolved against. */
  dateRelativeTo: z.string().nullable(),
  /** Its independent origins; their number is what corroborates it. */
  origins: z.array(originGroupSchema),
  /** Sources that corroborate it: its evidence's sources but those quoted only in the headline. */
  corroboratingSources: z.array(z.string()),
  readings: z.array(readingSchema),
};

/** A report the sources relay whose text is not in the corpus. */
export const externalOriginSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  /** The entity that speaks for it. */
  entity: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  relays: z.array(z.string()),
  reliability: z.enum(RELIABILITY_GRADES).nullable(),
  notes: z.string().nullable(),
});
export type ExternalOrigin = z.infer<typeof externalOriginSchema>;

/** Per evidence row, sparse: a quote's headline mark, its own attribution and declared origin. */
export const quoteMarkColumns = {
  /** Rows of the quotes that lie within their source's headline, in order. */
  headline: z.array(position),
  /** Sparse by row: node positions of the entities a quote alone is according to. */
  accordingTo: sparseColumn(z.array(position)),
  /** Sparse by row: the quote's declared origin as a root position (see `origins`). */
  origin: sparseColumn(position),
};

/** Per edge: the status column, one per edge, and the sparse rest. */
export const provenanceColumns = {
  /** Position in `attributes.statuses`. */
  status: z.array(position),
  /** Sparse: node positions of the entities the edge is according to. */
  accordingTo: sparseColumn(z.array(position)),
  /** Sparse: node position of the claim the relation states. */
  perClaim: sparseColumn(position),
  /** Sparse: the annotator's credibility grade. */
  credibility: sparseColumn(credibilityGrade),
  /** Positions of the edges whose date is estimated, in order. */
  dateEstimated: z.array(position),
  /** Sparse: source position of the source a relative date was resolved against. */
  dateRelativeTo: sparseColumn(position),
  /**
   * Sparse: independent origins as [root positions, source positions] pairs, for the edges whose
   * origins are not simply each corroborating source on its own. Root positions count
   * `attributes.sources` first, then `attributes.origins`.
   */
  origins: sparseColumn(z.array(z.tuple([z.array(position), z.array(position)]))),
  /** Sparse: readings, their source as a position. */
  readings: sparseColumn(
    z.array(
      z.strictObject({
        detail: z.string(),
        source: position,
        reads: z.string(),
        quote: readingSchema.shape.quote,
      }),
    ),
  ),
};

/** The provenance columns that list only the edges that have a value. */
export const SPARSE_PROVENANCE_COLUMNS = Object.keys(provenanceColumns).filter(
  (name) => name !== 'status',
);
