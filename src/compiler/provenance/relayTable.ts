// External origins (corpus.yaml `origins:`) and what every source and origin relays. Unknown ids and
// cycles are errors at the id; what is left is a table without cycles to find roots in.
import type { ExternalOrigin } from '../../schema/compiledGraph';
import { at, checkReference, readDate, textOrNull, type ResolveContext } from '../resolve/context';
import { isHttpUrl } from '../resolve/resolveSources';
import { didYouMean } from '../suggest';
import type { Location } from '../types';

export interface RelayTable {
  readonly origins: ExternalOrigin[];
  /** 'source' or 'origin' for a known id, else undefined. */
  kindOf(id: string): 'source' | 'origin' | undefined;
  /** The valid ids `id` relays (cycles cut): what the roots of a chain are found by. */
  relaysOf(id: string): readonly string[];
}

interface Relaying {
  id: string;
  relays: readonly string[];
  file: string;
  path: (string | number)[];
}

export function resolveRelays(ctx: ResolveContext): RelayTable {
  const file = ctx.corpus.corpusFile ?? 'corpus.yaml';
  const originInputs = ctx.corpus.corpus?.origins ?? [];
  const sourceIds = new Set(ctx.corpus.sourceIdsSeen);
  const origins: ExternalOrigin[] = [];
  const originIds = new Set<string>();
  const relaying: Relaying[] = [];

  originInputs.forEach((origin, i) => {
    const where = (field: string): Location => at(file, ['origins', i], field);
    if (sourceIds.has(origin.id)) {
      ctx.reporter.error(
        where('id'),
        `origin "${origin.id}" has the id of a source (sources/${origin.id}.yaml): an origin is a ` +
          'report whose text is not in the corpus; rename it or remove it',
      );
      return;
    }
    if (originIds.has(origin.id)) {
      ctx.reporter.error(where('id'), `origin "${origin.id}" is defined twice: remove one`);
      return;
    }
    originIds.add(origin.id);
    const entity = textOrNull(origin.entity);
    if (entity !== null) {
      checkReference(ctx, entity, where('entity'), ['entity'], 'entity');
      ctx.used.add(entity);
    }
    const url = textOrNull(origin.url);
    if (url !== null && !isHttpUrl(url)) {
      ctx.reporter.error(
        where('url'),
        `url "${url}" is not an http(s) URL: write the full address starting with https:// or http://, or leave it empty`,
      );
    }
    const published = readDate(ctx, origin.published, where('published'));
    origins.push({
      id: origin.id,
      title: origin.title,
      publisher: textOrNull(origin.publisher),
      entity,
      url,
      published: published?.date ?? null,
      relays: [],
      reliability: origin.reliability ?? null,
      notes: textOrNull(origin.notes),
    });
    relaying.push({ id: origin.id, relays: origin.relays ?? [], file, path: ['origins', i] });
  });
  for (const source of ctx.corpus.sources.values()) {
    relaying.push({ id: source.id, relays: source.meta.relays ?? [], file: source.file, path: [] });
  }

  const known = [...sourceIds, ...originIds];
  const valid = new Map<string, string[]>();
  for (const { id, relays, file: where, path } of relaying) {
    const kept: string[] = [];
    relays.forEach((relayed, i) => {
      const place = at(where, path, 'relays', i);
      if (relayed === id) {
        ctx.reporter.error(place, `"${id}" relays itself: list what it passes on, not its own id`);
      } else if (kept.includes(relayed)) {
        ctx.reporter.error(place, `"${relayed}" is listed twice in relays: remove one`);
      } else if (!sourceIds.has(relayed) && !originIds.has(relayed)) {
        ctx.reporter.error(
          place,
          `unknown source or origin "${relayed}" in relays${didYouMean(relayed, known)}; ` +
            'relay a source id (a file sources/<id>.yaml) or an origin listed under origins: in corpus.yaml',
        );
      } else {
        kept.push(relayed);
      }
    });
    valid.set(id, kept);
  }
  cutCycles(ctx, relaying, valid);

  for (const origin of origins) origin.relays = [...(valid.get(origin.id) ?? [])];
  return {
    origins,
    kindOf: (id) => (sourceIds.has(id) ? 'source' : originIds.has(id) ? 'origin' : undefined),
    relaysOf: (id) => valid.get(id) ?? [],
  };
}

/** Reports each relay that closes a cycle, naming the cycle, and drops it from the table. */
function cutCycles(
  ctx: ResolveContext,
  relaying: readonly Relaying[],
  valid: Map<string, string[]>,
): void {
  const placeOf = new Map(relaying.map((r) => [r.id, r]));
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    trail.push(id);
    const relays = valid.get(id) ?? [];
    for (const relayed of [...relays]) {
      const seen = state.get(relayed);
      if (seen === 'open') {
        const cycle = [...trail.slice(trail.indexOf(relayed)), relayed].join(' → ');
        const place = placeOf.get(id);
        const index = place?.relays.indexOf(relayed) ?? 0;
        if (place) {
          ctx.reporter.error(
            at(place.file, place.path, 'relays', index),
            `relays form a cycle (${cycle}): a report cannot pass on what passes it on; remove one of these relays`,
          );
        }
        relays.splice(relays.indexOf(relayed), 1);
      } else if (seen === undefined) {
        visit(relayed);
      }
    }
    trail.pop();
    state.set(id, 'done');
  };
  for (const { id } of relaying) if (!state.has(id)) visit(id);
}
