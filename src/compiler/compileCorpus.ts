// The compiler's pure core: corpus files in memory → compiled graph, or every problem found.
import type { CompiledCorpus } from './output/buildGraph';
import { Reporter, sortDiagnostics } from './diagnostics';
import { loadCorpus, type LoadedCorpus } from './loadCorpus';
import type { OnCompileProgress } from './progress';
import type { ParsedParts } from './parse/parsedFile';
import { buildGraph } from './output/buildGraph';
import { attributeItems } from './provenance/attributeItems';
import { resolveRelays } from './provenance/relayTable';
import { resolveClaims } from './resolve/resolveClaims';
import { resolveEntities } from './resolve/resolveEntities';
import { resolvePredicates } from './resolve/resolvePredicates';
import { resolveRelations } from './resolve/resolveRelations';
import { resolveSources } from './resolve/resolveSources';
import { resolveStories } from './resolve/resolveStories';
import { registerIds } from './resolve/registerIds';
import type { ResolveContext } from './resolve/context';
import type { CorpusFiles, Diagnostic } from './types';

export interface CompileResult {
  /** Present only when there is no error (warnings allowed). */
  graph?: CompiledCorpus;
  /** Sorted by file, line and column. */
  diagnostics: Diagnostic[];
}

export const DEFAULT_TITLE = 'Untitled corpus';

export interface CompileOptions {
  /** YAML files already parsed elsewhere (worker threads), by path. */
  preparsed?: ReadonlyMap<string, ParsedParts>;
  /** Hears how far the long stages have got: quotes anchored, layout iterations. */
  onProgress?: OnCompileProgress;
}

export function compileCorpus(files: CorpusFiles, options: CompileOptions = {}): CompileResult {
  const reporter = new Reporter();
  const corpus = loadCorpus(files, reporter, options.preparsed);
  const ctx: ResolveContext = {
    reporter,
    corpus,
    ids: registerIds(corpus.items, reporter),
    predicates: resolvePredicates(corpus, reporter),
    used: new Set(),
    normalizedTexts: new Map(),
    sourceFacts: new Map(),
    ...(options.onProgress ? { onQuotesAnchored: quoteCounter(corpus, options.onProgress) } : {}),
  };
  checkNotEmpty(ctx);

  ctx.relays = resolveRelays(ctx);
  const sources = resolveSources(ctx);
  const relationEdges = resolveRelations(ctx);
  const claims = resolveClaims(ctx, relationEdges);
  attributeItems(ctx, relationEdges, claims);
  const entityNodes = resolveEntities(ctx, sources);
  const stories = resolveStories(ctx, { relations: relationEdges, claims: claims.details });

  if (reporter.errorCount > 0) return { diagnostics: sortDiagnostics(reporter.diagnostics) };
  const graph = buildGraph(
    {
      title: corpus.corpus?.title ?? DEFAULT_TITLE,
      description: corpus.corpus?.description ?? '',
      sources,
      nodes: [...entityNodes, ...claims.nodes],
      edges: [...relationEdges.values(), ...claims.edges],
      predicates: ctx.predicates,
      formerIds: ctx.ids.formerIds,
      origins: ctx.relays.origins,
      stories,
    },
    options.onProgress,
  );
  return { graph, diagnostics: sortDiagnostics(reporter.diagnostics) };
}

/** Counts quotes as they are anchored, against every quote the annotations hold. */
function quoteCounter(
  corpus: LoadedCorpus,
  onProgress: OnCompileProgress,
): (count: number) => void {
  const { entities, relations, claims } = corpus.items;
  const total =
    relations.reduce((sum, r) => sum + (r.value.evidence?.length ?? 0), 0) +
    claims.reduce((sum, c) => sum + c.value.evidence.length, 0) +
    entities.reduce((sum, e) => sum + (e.value.mentions?.length ?? 0), 0);
  let done = 0;
  onProgress({ stage: 'anchor', done, total });
  return (count) => {
    done += count;
    onProgress({ stage: 'anchor', done, total });
  };
}

/** A corpus needs at least one source and one entity; say what to add when it has neither. */
function checkNotEmpty(ctx: ResolveContext): void {
  const { corpus, reporter } = ctx;
  if (corpus.sourceFilesSeen === 0) {
    reporter.error(
      { file: 'sources', path: [] },
      'the corpus has no sources: add sources/<id>.yaml (title: ...) and sources/<id>.txt (the ' +
        'verbatim text) for each article; see docs/data-format.md',
    );
  }
  const items = corpus.items;
  const anyEntity = items.entities.length > 0 || items.brokenIds.size > 0;
  if (!anyEntity && corpus.annotationsComplete) {
    reporter.error(
      { file: 'annotations', path: [] },
      'the corpus has no entities: add annotations/<name>.yaml with an entities: list ' +
        '(id, type, label), then relations: and claims: with evidence quotes',
    );
  }
}
