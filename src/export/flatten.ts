// Tabular and XML formats take flat values: lists are joined, sources are named by title, and the
// attribution reads in words ("according to TikTok (in “Title”)"), as every view shows it.
import type {
  InterchangeEdgeAttributes,
  InterchangeEvidence,
  InterchangeNodeAttributes,
} from '../schema/interchange';
import type { ExportNames } from './visibleSubgraph';

type Attributed = Pick<
  InterchangeEdgeAttributes,
  | 'evidence'
  | 'status'
  | 'accordingTo'
  | 'origins'
  | 'independentOrigins'
  | 'dateEstimated'
  | 'dateBasis'
  | 'date'
  | 'note'
>;

const unique = (items: readonly string[]): string[] => [...new Set(items)];

/** Who a quote is according to, in words; its source's title when the source speaks for itself. */
function speakersOf(quote: InterchangeEvidence, names: ExportNames): string {
  return quote.accordingTo.length > 0
    ? quote.accordingTo.map(names.entity).join(' and ')
    : `“${names.source(quote.source)}”`;
}

/** Each quote: the words, where they are from, and who they are according to. */
export function describeEvidence(
  evidence: readonly InterchangeEvidence[],
  names: ExportNames,
): string {
  return evidence
    .map((quote) => {
      const marks = [
        `in “${names.source(quote.source)}”`,
        `according to ${speakersOf(quote, names)}`,
        ...(quote.headline ? ['headline'] : []),
      ];
      return `"${quote.exact}" (${marks.join(', ')})`;
    })
    .join(' | ');
}

/** "according to TikTok (in “A”, “B”); according to “C” (in “C”)", by speaker in quote order. */
export function describeAttribution(
  evidence: readonly InterchangeEvidence[],
  names: ExportNames,
): string {
  const bySpeaker = new Map<string, string[]>();
  for (const quote of evidence) {
    const speaker = speakersOf(quote, names);
    const titles = bySpeaker.get(speaker) ?? [];
    titles.push(`“${names.source(quote.source)}”`);
    bySpeaker.set(speaker, titles);
  }
  return [...bySpeaker]
    .map(([speaker, titles]) => `according to ${speaker} (in ${unique(titles).join(', ')})`)
    .join('; ');
}

/** The provenance columns a relation and a claim share. */
interface FlatProvenance {
  status: string;
  accordingTo: string;
  attribution: string;
  independentOrigins: number;
  origins: string;
  headlineOnly: string;
  dateEstimated: string;
  dateBasis: string;
  note: string;
  evidence: string;
}

function flattenProvenance(item: Attributed, names: ExportNames): FlatProvenance {
  return {
    status: names.status(item.status),
    accordingTo: item.accordingTo.map(names.entity).join('; '),
    attribution: describeAttribution(item.evidence, names),
    independentOrigins: item.independentOrigins,
    origins: item.origins.map(names.root).join('; '),
    headlineOnly: unique(
      item.evidence.filter((q) => q.headlineOnly).map((q) => names.source(q.source)),
    ).join('; '),
    dateEstimated: String(item.dateEstimated),
    dateBasis: item.dateBasis ?? '',
    note: item.note ?? '',
    evidence: describeEvidence(item.evidence, names),
  };
}

const NO_PROVENANCE: FlatProvenance = {
  status: '',
  accordingTo: '',
  attribution: '',
  independentOrigins: 0,
  origins: '',
  headlineOnly: '',
  dateEstimated: '',
  dateBasis: '',
  note: '',
  evidence: '',
};

export interface FlatNode extends FlatProvenance {
  label: string;
  type: string;
  aliases: string;
  description: string;
  sources: string;
  x: number;
  y: number;
  statement: string;
  claimant: string;
  disputed: string;
  date: string;
}

export function flattenNode(attributes: InterchangeNodeAttributes, names: ExportNames): FlatNode {
  const claim = attributes.claim;
  return {
    label: attributes.label,
    type: attributes.type,
    aliases: attributes.aliases.join('; '),
    description: attributes.description,
    sources: attributes.sources.map(names.source).join('; '),
    x: attributes.x,
    y: attributes.y,
    statement: claim?.statement ?? '',
    claimant: claim?.claimant ? names.entity(claim.claimant) : '',
    disputed: claim ? String(claim.disputed) : '',
    date: claim?.date ?? '',
    ...(claim ? flattenProvenance(claim, names) : NO_PROVENANCE),
  };
}

export interface FlatEdge extends FlatProvenance {
  label: string;
  predicate: string;
  date: string;
  /** How many sources quote it, headline-only ones included (corroboration is independentOrigins). */
  sourceCount: number;
  sources: string;
  contradicts: string;
  supports: string;
}

export function flattenEdge(attributes: InterchangeEdgeAttributes, names: ExportNames): FlatEdge {
  return {
    label: attributes.label,
    predicate: attributes.predicate,
    date: attributes.date ?? '',
    sourceCount: attributes.sources.length,
    sources: attributes.sources.map(names.source).join('; '),
    contradicts: attributes.contradicts.join('; '),
    supports: attributes.supports.join('; '),
    ...flattenProvenance(attributes, names),
  };
}
