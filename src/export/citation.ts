// "Copy citation": a relation or a quote as a reporter would cite it, with who it is according to
// and where it was published, so what is pasted into a story carries its provenance.
import { claimAttribution, edgeAttribution } from '../model/provenance';
import type { Attribution, QuoteAttribution } from '../model/provenanceTypes';
import { entityLabel, relationEnds } from '../model/queries';
import type { GraphModel } from '../model/types';
import { quoteAccordingTo } from '../schema/attribution';
import type { Evidence } from '../schema/compiledGraph';

const sameQuote = (a: Evidence, b: Evidence): boolean =>
  a.source === b.source && a.start === b.start && a.end === b.end;

function attributionOfItem(model: GraphModel, itemId: string): Attribution | undefined {
  return edgeAttribution(model, itemId) ?? claimAttribution(model, itemId);
}

/** The source as a reference: “Title”, publisher, date (or its estimate), URL; what is known. */
export function formatSourceReference(model: GraphModel, sourceId: string): string {
  const source = model.sources.byId.get(sourceId);
  if (!source) return `“${sourceId}”`;
  const date =
    source.published ?? (source.estimatedDate ? `${source.estimatedDate} (estimated)` : null);
  const parts = [`“${source.title}”`, source.publisher, date].filter(
    (part): part is string => part !== null && part !== '',
  );
  return parts.join(', ') + '.' + (source.url ? ` ${source.url}` : '');
}

/** Who a quote is according to, in words: its speakers, else its source in its own voice. */
function speakerWords(model: GraphModel, quote: Evidence, known?: QuoteAttribution): string {
  const ids = known
    ? known.accordingTo.map((entity) => entity.label)
    : quoteAccordingTo(quote, [], model.sources.byId.get(quote.source)).map((id) =>
        entityLabel(model, id),
      );
  if (ids.length > 0) return ids.join(' and ');
  return `“${model.sources.byId.get(quote.source)?.title ?? quote.source}”`;
}

/**
 * One quote: “words” — according to X (status). “Title”, Publisher, date. URL. When `itemId` names
 * the relation or claim the quote backs, its attribution and status are that item's.
 */
export function formatQuoteCitation(model: GraphModel, quote: Evidence, itemId?: string): string {
  const attribution = itemId === undefined ? undefined : attributionOfItem(model, itemId);
  const known = attribution?.bySource
    .flatMap((entry) => entry.quotes)
    .find((candidate) => sameQuote(candidate.evidence, quote));
  const status = attribution ? ` (${attribution.status.label})` : '';
  return (
    `“${quote.exact}” — according to ${speakerWords(model, quote, known)}${status}. ` +
    formatSourceReference(model, quote.source)
  );
}

/** What an item says, in words: "ByteDance owns TikTok", or a claim's label. */
function itemWords(model: GraphModel, itemId: string): string {
  const ends = relationEnds(model, itemId);
  const e = model.edges.index.get(itemId);
  if (ends && e !== undefined) {
    const label = model.edges.attributesOf(e).label;
    return `${entityLabel(model, ends.source)} ${label} ${entityLabel(model, ends.target)}`;
  }
  return entityLabel(model, itemId);
}

/**
 * A relation or claim: what it says, its status and who it is according to, its independent
 * origins, then each quote as formatQuoteCitation writes it. Undefined for an unknown id.
 */
export function formatItemCitation(model: GraphModel, itemId: string): string | undefined {
  const attribution = attributionOfItem(model, itemId);
  if (!attribution) return undefined;
  const speakers = attribution.speakers.map((entity) => entity.label);
  const according = speakers.length > 0 ? `, according to ${speakers.join(' and ')}` : '';
  const origins = attribution.independentOrigins;
  const head =
    `${itemWords(model, itemId)} (${attribution.status.label}${according}; ` +
    `${attribution.sourceCount} source${attribution.sourceCount === 1 ? '' : 's'}, ` +
    `${origins} independent origin${origins === 1 ? '' : 's'})`;
  const quotes = attribution.bySource.flatMap((entry) =>
    entry.quotes.map((quote) => formatQuoteCitation(model, quote.evidence, itemId)),
  );
  return [head, ...quotes].join('\n');
}
