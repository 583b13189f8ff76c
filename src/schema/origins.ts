// Independent origins: the distinct reports a relation's or claim's evidence goes back to. Pure
// functions shared by the compiler (which counts them) and the model (which names them).
//
// A source that relays other reports (`relays`) passes on their content; following relays to the
// ids that relay nothing gives a source's roots. Sources whose roots meet are one independent
// origin: the count is the number of groups of corroborating sources joined by a shared root. So
// it never exceeds the number of sources, and declaring a relay can only join groups.

/** One independent origin: the roots it goes back to and the sources that carry it, both sorted. */
export interface OriginGroup {
  roots: string[];
  sources: string[];
}

/** A corroborating source and the roots of what it says about one relation or claim. */
export interface SourceRoots {
  source: string;
  /** Never empty: a source that relays nothing is its own root. */
  roots: readonly string[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The roots of `id`'s relay chains: the ids reached by following `relaysOf` that relay nothing, or
 * `id` itself when it relays nothing. Sorted and distinct. A cycle (which the compiler refuses)
 * ends where it closes instead of looping.
 */
export function relayRoots(id: string, relaysOf: (id: string) => readonly string[]): string[] {
  const roots = new Set<string>();
  const seen = new Set<string>([id]);
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() ?? id;
    const next = relaysOf(current);
    if (next.length === 0) {
      roots.add(current);
      continue;
    }
    for (const relayed of next) {
      if (seen.has(relayed)) continue;
      seen.add(relayed);
      stack.push(relayed);
    }
  }
  // Only a cycle leaves nothing: the id stands for itself.
  return roots.size === 0 ? [id] : [...roots].sort(compare);
}

/**
 * Groups corroborating sources into independent origins: two sources are one origin when their
 * roots share an id (transitively). Groups are ordered by their first root.
 */
export function groupIndependentOrigins(sources: readonly SourceRoots[]): OriginGroup[] {
  // Union-find over sources, joined through the roots they share.
  const parent = sources.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    for (let at = i; parent[at] !== root;) {
      const next = parent[at] ?? root;
      parent[at] = root;
      at = next;
    }
    return root;
  };
  const holderOfRoot = new Map<string, number>();
  sources.forEach(({ roots }, i) => {
    for (const root of roots) {
      const holder = holderOfRoot.get(root);
      if (holder === undefined) holderOfRoot.set(root, i);
      else parent[find(i)] = find(holder);
    }
  });
  const groups = new Map<number, { roots: Set<string>; sources: Set<string> }>();
  sources.forEach(({ source, roots }, i) => {
    const key = find(i);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { roots: new Set(), sources: new Set() }));
    group.sources.add(source);
    for (const root of roots) group.roots.add(root);
  });
  return [...groups.values()]
    .map((g) => ({ roots: [...g.roots].sort(compare), sources: [...g.sources].sort(compare) }))
    .sort((a, b) => compare(a.roots[0] ?? '', b.roots[0] ?? ''));
}

/** Statuses whose quotes are their source's own contribution, whatever it relays. */
const OWN_VOICE: readonly string[] = ['opinion', 'inference'];

/**
 * The roots one quote goes back to: its declared origin's (its own source for `self`, which the
 * compiled quote names by the source id), else its source's relay roots, or the source itself for
 * an opinion or an inference.
 */
export function quoteRoots(
  quote: { source: string; origin?: string | undefined },
  status: string,
  relaysOf: (id: string) => readonly string[],
): string[] {
  if (quote.origin === quote.source) return [quote.source];
  if (quote.origin === undefined && OWN_VOICE.includes(status)) return [quote.source];
  return relayRoots(quote.origin ?? quote.source, relaysOf);
}
