// Entities → nodes, and every source's mentions (automatic plus hand-listed).
import type { Mention } from '../../schema/compiledGraph';
import type { SourceWithText } from '../output/buildGraph';
import { findMentions, indexNames, type EntityName } from '../mentions/findMentions';
import { anchorQuotes } from './anchorQuotes';
import { at, normalizedTextOf, type ResolveContext } from './context';
import type { CompiledNode } from './resolveClaims';

export function resolveEntities(ctx: ResolveContext, sources: SourceWithText[]): CompiledNode[] {
  const nodes: CompiledNode[] = [];
  const explicit = new Map<string, Mention[]>();
  const names: EntityName[] = [];
  const nameOwner = new Map<string, string>();

  for (const { value: e, file, path } of ctx.ids.entities) {
    if (e.type === 'claim') {
      ctx.reporter.error(
        at(file, path, 'type'),
        'type "claim" is for claims: move this item under claims: (with statement, claimant and ' +
          'evidence) or choose an entity type',
      );
    }
    const spellings: [string, (string | number)[]][] = [
      [e.label, ['label']],
      ...(e.aliases ?? []).map((alias, i): [string, (string | number)[]] => [
        alias,
        ['aliases', i],
      ]),
    ];
    for (const [name, sub] of spellings) {
      const owner = nameOwner.get(name);
      if (owner === undefined) {
        nameOwner.set(name, e.id);
      } else if (owner !== e.id) {
        ctx.reporter.warning(
          at(file, path, ...sub),
          `"${name}" is also a label or alias of "${owner}": the reader highlights it as "${owner}" only`,
        );
        continue;
      } else {
        continue;
      }
      names.push({ entityId: e.id, name });
    }
    const quotes = anchorQuotes(ctx, e.mentions ?? [], file, [...path, 'mentions']);
    for (const q of quotes) {
      const list = explicit.get(q.source) ?? [];
      list.push([q.start, q.end, e.id]);
      explicit.set(q.source, list);
    }
    // With an annotation file unreadable, its references are unknown: "unused" would mislead.
    if (!ctx.used.has(e.id) && ctx.corpus.annotationsComplete) {
      ctx.reporter.warning(
        at(file, path, 'id'),
        `entity "${e.id}" is used by no relation or claim: link it, or remove it if it does not matter`,
      );
    }
    nodes.push({
      key: e.id,
      attributes: {
        label: e.label,
        type: e.type,
        aliases: e.aliases ?? [],
        description: e.description ?? '',
        externalIds: sortRecord(e.external_ids ?? {}),
        formerIds: e.former_ids ?? [],
        sources: [],
        x: 0,
        y: 0,
      },
    });
  }

  const index = indexNames(names);
  for (const source of sources) {
    const loaded = ctx.corpus.sources.get(source.id);
    if (!loaded) continue;
    source.mentions = findMentions(
      normalizedTextOf(ctx, loaded),
      index,
      explicit.get(source.id) ?? [],
    );
  }
  return nodes;
}

function sortRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
