// Stories: each step's caption is parsed and its references resolved (former ids included), and
// its view is read by the app's own URL decoder (src/url/viewData.ts) against what the corpus
// defines, so a step's view and a permalink are one definition. Anything the decoder would drop
// or ignore is an error here: a story's author should hear of it, not its readers.
import type { ClaimDetails, Evidence } from '../../schema/compiledGraph';
import { parseCaption, type CaptionToken } from '../../schema/captionText';
import type { CaptionNode, CompiledStory, StoryStep } from '../../schema/story';
import { ENTITY_TYPES } from '../../schema/vocabulary';
import { encodeViewState } from '../../url/codec';
import type { DecodeContext } from '../../url/types';
import { decodeViewData } from '../../url/viewData';
import type { LoadedStory } from '../loadCorpus';
import { didYouMean } from '../suggest';
import type { PathSegment } from '../types';
import { at, textOrNull, type ResolveContext } from './context';
import type { CompiledEdge } from './resolveRelations';

/** The current id an id names (itself, or the entity a former id was renamed to), if any. */
function currentId(ctx: ResolveContext, id: string): string | null {
  if (ctx.ids.kindOf(id) !== undefined) return id;
  const renamed = ctx.ids.formerIds.get(id);
  return renamed !== undefined && ctx.ids.kindOf(renamed) !== undefined ? renamed : null;
}

/**
 * Whether an id the tables lack may still exist: defined by an item that failed validation, or in
 * an annotation file that could not be read. Its "unknown id" would mislead, so none is reported.
 */
function mayExist(ctx: ResolveContext, id: string): boolean {
  return ctx.ids.broken.has(id) || !ctx.corpus.annotationsComplete;
}

function allIds(ctx: ResolveContext): string[] {
  return (['entity', 'claim', 'relation'] as const).flatMap((kind) => ctx.ids.idsOf(kind));
}

interface Quotable {
  relations: ReadonlyMap<string, CompiledEdge>;
  claims: ReadonlyMap<string, ClaimDetails>;
}

export function resolveStories(ctx: ResolveContext, quotable: Quotable): CompiledStory[] {
  const decodeContext: DecodeContext = {
    knownIds: (id) => currentId(ctx, id) ?? (mayExist(ctx, id) ? id : null),
    knownSources: [...ctx.corpus.sources.keys()],
    knownTypes: ENTITY_TYPES,
    knownPredicates: [...ctx.predicates.keys()],
  };
  return ctx.corpus.stories.map((story) => ({
    id: story.id,
    title: story.value.title.trim(),
    description: textOrNull(story.value.description) ?? '',
    steps: story.value.steps.map((step, index) => {
      const path: PathSegment[] = ['steps', index];
      return {
        title: step.title.trim(),
        caption: resolveCaption(ctx, quotable, story, step.caption, [...path, 'caption']),
        view: resolveView(ctx, story, step.view, [...path, 'view'], decodeContext),
      } satisfies StoryStep;
    }),
  }));
}

function resolveCaption(
  ctx: ResolveContext,
  quotable: Quotable,
  story: LoadedStory,
  caption: string,
  path: PathSegment[],
): CaptionNode[][] {
  const where = at(story.file, path);
  const parsed = parseCaption(caption);
  for (const problem of parsed.problems) ctx.reporter.error(where, problem.message);
  const resolveToken = (token: CaptionToken): CaptionNode | null => {
    if (token.type !== 'ref' && token.type !== 'quote') return token;
    const written = token.type === 'ref' ? token.id : token.item;
    const id = currentId(ctx, written);
    if (id === null) {
      if (mayExist(ctx, written)) return null;
      ctx.reporter.error(
        where,
        `unknown id "${written}" in [[${written}]]${didYouMean(written, allIds(ctx))}: ` +
          'name an entity, relation or claim of the corpus',
      );
      return null;
    }
    if (token.type === 'ref') return { type: 'ref', id };
    const evidence: readonly Evidence[] | undefined =
      quotable.relations.get(id)?.attributes.evidence ?? quotable.claims.get(id)?.evidence;
    if (evidence === undefined) {
      ctx.reporter.error(
        where,
        `[[quote:${written}#${token.n}]]: "${written}" is an entity; quotes belong to ` +
          'relations and claims',
      );
      return null;
    }
    const quote = evidence[token.n - 1];
    if (!quote) {
      ctx.reporter.error(
        where,
        `[[quote:${written}#${token.n}]]: "${written}" has ${evidence.length} quote` +
          `${evidence.length === 1 ? '' : 's'}; number them from 1`,
      );
      return null;
    }
    const { source, start, end, exact } = quote;
    return { type: 'quote', item: id, n: token.n, source, start, end, exact };
  };
  return parsed.paragraphs.map((tokens) =>
    tokens.map(resolveToken).filter((node): node is CaptionNode => node !== null),
  );
}

const REASONS: Record<string, string> = {
  malformed: 'is not a valid value',
  'too-long': 'is too long',
  'unknown-id': 'names nothing in the corpus',
  'too-many': 'lists too many items',
  'duplicate-key': 'is given twice',
};

function resolveView(
  ctx: ResolveContext,
  story: LoadedStory,
  view: StoryStepInput['view'],
  path: PathSegment[],
  decodeContext: DecodeContext,
): string {
  const data = view ?? {};
  const result = decodeViewData(data, decodeContext);
  const isMapping = typeof data === 'object';
  const whereKey = (key: string) =>
    at(story.file, isMapping && Object.hasOwn(data, key) ? [...path, key] : path);
  for (const drop of result.dropped) {
    ctx.reporter.error(
      whereKey(drop.key),
      `view ${drop.key}: ${JSON.stringify(drop.value)} ${REASONS[drop.reason] ?? drop.reason}; ` +
        'see docs/url-format.md for what each key takes',
    );
  }
  for (const notice of result.notices) {
    if (notice.type === 'ignored-keys') {
      for (const key of notice.keys) {
        ctx.reporter.error(
          whereKey(key),
          `unknown view key "${key}"; a view takes the keys of docs/url-format.md (sel, focus, ` +
            'hops, exp, hide, pin, pa, pb, from, to, undated, src, min, xt, xp, read, at, lay, vp)',
        );
      }
    } else if (notice.type === 'unreadable' || notice.type === 'truncated') {
      ctx.reporter.error(at(story.file, path), `view: ${notice.message}`);
    }
  }
  if (result.flags.embed) {
    ctx.reporter.error(whereKey('embed'), 'embed is how a page is opened, not part of a view');
  }
  return encodeViewState(result.state);
}

type StoryStepInput = LoadedStory['value']['steps'][number];
