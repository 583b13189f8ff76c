// Source metadata → the compiled source list (mentions are added later), and what the provenance
// checks need of each source: its headline, the passages its estimated date rests on.
import { anchorQuote } from '../anchor/anchorQuote';
import type { LoadedSource } from '../loadCorpus';
import type { SourceWithText } from '../output/buildGraph';
import { firstLineSpan } from '../provenance/headlines';
import type { PathSegment } from '../types';
import type { PassageInput } from '../validate/inputSchema';
import {
  at,
  checkReference,
  normalizedTextOf,
  readDate,
  textOrNull,
  type ResolveContext,
  type SourceFacts,
} from './context';

export function resolveSources(ctx: ResolveContext): SourceWithText[] {
  const compiled: SourceWithText[] = [];
  const ids = [...ctx.corpus.sources.keys()].sort();
  for (const id of ids) {
    const source = ctx.corpus.sources.get(id);
    if (!source) continue;
    const { meta, file } = source;
    const url = textOrNull(meta.url);
    if (url !== null && !isHttpUrl(url)) {
      ctx.reporter.error(
        at(file, ['url']),
        `url "${url}" is not an http(s) URL: write the full address starting with https:// or http://, or leave it empty`,
      );
    }
    const language = textOrNull(meta.language);
    if (language !== null && !isLanguageTag(language)) {
      ctx.reporter.error(
        at(file, ['language']),
        `language "${language}" is not a BCP 47 tag: write e.g. en, de or pt-BR`,
      );
    }
    const published = readDate(ctx, meta.published, at(file, ['published']));
    const estimated = readDate(ctx, meta.estimated_date, at(file, ['estimated_date']));
    const basis = textOrNull(meta.estimated_date_basis);
    if (estimated && basis === null) {
      ctx.reporter.error(
        at(file, ['estimated_date']),
        'estimated_date needs estimated_date_basis: say which phrases in the text place it',
      );
    }
    if (basis !== null && meta.estimated_date == null) {
      ctx.reporter.error(
        at(file, ['estimated_date_basis']),
        'estimated_date_basis without estimated_date: add the date it explains, or remove it',
      );
    }
    const authorEntity = entityOf(
      ctx,
      meta.author_entity,
      at(file, ['author_entity']),
      'author_entity',
    );
    const publisherEntity = entityOf(
      ctx,
      meta.publisher_entity,
      at(file, ['publisher_entity']),
      'publisher_entity',
    );
    const headline = headlineOf(ctx, source);
    const estimateEvidence = (meta.estimated_date_evidence ?? []).flatMap((passage, i) =>
      anchorOwn(ctx, source, passage, ['estimated_date_evidence', i]),
    );
    if ((meta.estimated_date_evidence ?? []).length > 0 && meta.estimated_date == null) {
      ctx.reporter.error(
        at(file, ['estimated_date_evidence']),
        'estimated_date_evidence without estimated_date: add the date it supports, or remove it',
      );
    }
    const facts: SourceFacts = {
      title: meta.title,
      headline,
      estimateEvidence,
      dated: published ? 'published' : estimated ? 'estimated' : 'undated',
    };
    ctx.sourceFacts.set(id, facts);
    compiled.push({
      id,
      title: meta.title,
      publisher: textOrNull(meta.publisher),
      author: textOrNull(meta.author),
      url,
      published: published?.date ?? null,
      estimatedDate: estimated?.date ?? null,
      estimatedDateBasis: basis,
      language,
      notes: textOrNull(meta.notes),
      authorEntity,
      publisherEntity,
      relays: [...(ctx.relays?.relaysOf(id) ?? [])],
      reliability: meta.reliability ?? null,
      headline,
      text: source.text,
      mentions: [],
    });
  }
  return compiled;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function entityOf(
  ctx: ResolveContext,
  value: string | null | undefined,
  where: ReturnType<typeof at>,
  field: string,
): string | null {
  const id = textOrNull(value);
  if (id === null) return null;
  ctx.used.add(id);
  return checkReference(ctx, id, where, ['entity'], field) ? id : null;
}

/** The headline's span: the passage the metadata names, none for `false`, else the first line. */
function headlineOf(ctx: ResolveContext, source: LoadedSource): [number, number] | null {
  const declared = source.meta.headline;
  if (declared === false) return null;
  if (declared === null || declared === undefined) return firstLineSpan(source.text);
  const passage = typeof declared === 'string' ? { exact: declared } : declared;
  const [span] = anchorOwn(ctx, source, passage, ['headline']);
  return span ? [span.start, span.end] : firstLineSpan(source.text);
}

/** Anchors a passage of the source's own text; reports a failure at the field it is about. */
function anchorOwn(
  ctx: ResolveContext,
  source: LoadedSource,
  passage: PassageInput,
  path: PathSegment[],
): { exact: string; start: number; end: number }[] {
  const result = anchorQuote(passage, {
    file: source.textFile,
    text: source.text,
    normalized: normalizedTextOf(ctx, source),
  });
  if (!result.ok) {
    // A bare headline string is the exact text itself, not a field of its own.
    const field =
      path.length === 1 && typeof source.meta.headline === 'string' ? [] : [result.field];
    ctx.reporter.error(at(source.file, path, ...field), result.message);
    return [];
  }
  return [{ exact: passage.exact, start: result.start, end: result.end }];
}
