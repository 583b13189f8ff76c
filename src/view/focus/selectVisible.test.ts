import { describe, expect, it } from 'vitest';
import { deriveView } from '../deriveView';
import { buildStarModel, leafId, listIds, makeState, newsModel } from '../testFixtures';

const star = buildStarModel(60);

describe('focus hops', () => {
  it('shows the focus and its neighbours at 1 hop, ignoring direction', () => {
    const view = deriveView(newsModel, makeState({ focus: 'tiktok', hops: 1 }));
    expect(listIds(view.nodes)).toEqual([
      'buzzfeed',
      'bytedance',
      'claim-data-in-us',
      'tiktok',
      'trump-eo',
    ]);
    expect(listIds(view.edges)).toEqual([
      'buzzfeed-investigated-tiktok',
      'bytedance-owns-tiktok',
      'claim-data-in-us--stated',
      'eo-targets-tiktok',
      'tiktok-part-of-bytedance',
    ]);
  });

  it('widens with 2 and 3 hops', () => {
    const two = deriveView(newsModel, makeState({ focus: 'tiktok', hops: 2 }));
    expect(two.counts.visibleNodes).toBe(10);
    expect(listIds(two.nodes)).not.toContain('china');
    const three = deriveView(newsModel, makeState({ focus: 'tiktok', hops: 3 }));
    expect(three.counts.visibleNodes).toBe(12);
    expect(listIds(three.nodes)).not.toContain('oracle');
  });

  it('walks kept edges only', () => {
    const view = deriveView(
      newsModel,
      makeState({ focus: 'tiktok', hops: 1, hiddenPredicates: ['owns', 'part_of'] }),
    );
    expect(listIds(view.nodes)).not.toContain('bytedance');
  });

  it('drops hidden entities from the neighbourhood and adds pinned ones', () => {
    const view = deriveView(
      newsModel,
      makeState({ focus: 'tiktok', hops: 1, hidden: ['bytedance'], pinned: ['china'] }),
    );
    expect(listIds(view.nodes)).toEqual([
      'buzzfeed',
      'china',
      'claim-data-in-us',
      'tiktok',
      'trump-eo',
    ]);
  });
});

describe('paging', () => {
  it('brings in one page of neighbours, best connected first, then by label', () => {
    const view = deriveView(star, makeState({ focus: 'hub', hops: 1 }));
    const leaves = listIds(view.nodes).filter((id) => id.startsWith('leaf'));
    expect(leaves).toHaveLength(25);
    // leaf-00 and leaf-01 also know x; the rest go by label "Leaf 01" (leaf-59) upwards.
    expect(leaves).toContain(leafId(0));
    expect(leaves).toContain(leafId(1));
    expect(leaves).toContain(leafId(59));
    expect(leaves).toContain(leafId(37));
    expect(leaves).not.toContain(leafId(36));
    expect(view.more).toEqual([{ id: 'hub', moreCount: 35 }]);
  });

  it('caps every node a hop passes through', () => {
    const view = deriveView(star, makeState({ focus: 'x', hops: 3 }));
    // x → leaf-00, leaf-01, y → hub, z → a page of the hub's leaves.
    expect(view.counts.visibleNodes).toBe(1 + 2 + 1 + 1 + 1 + 23);
    expect(view.more).toEqual([{ id: 'hub', moreCount: 35 }]);
  });

  it('shows more pages of an expanded node', () => {
    const two = deriveView(star, makeState({ focus: 'hub', expanded: [{ id: 'hub', pages: 2 }] }));
    expect(two.counts.visibleNodes).toBe(51);
    expect(two.more).toEqual([{ id: 'hub', moreCount: 10 }]);
    const three = deriveView(
      star,
      makeState({ focus: 'hub', expanded: [{ id: 'hub', pages: 3 }] }),
    );
    expect(three.counts.visibleNodes).toBe(61);
    expect(three.more).toEqual([]);
  });

  it('expands a node at the edge of the neighbourhood', () => {
    const view = deriveView(
      star,
      makeState({ focus: 'x', hops: 2, expanded: [{ id: 'hub', pages: 1 }] }),
    );
    expect(listIds(view.nodes).filter((id) => id.startsWith('leaf'))).toHaveLength(25);
    expect(view.more).toEqual([{ id: 'hub', moreCount: 35 }]);
  });

  it('ignores expanded nodes that are not on screen', () => {
    const view = deriveView(star, makeState({ focus: 'z', expanded: [{ id: 'hub', pages: 1 }] }));
    expect(listIds(view.nodes)).toEqual(['y', 'z']);
  });

  it('honours a custom page size', () => {
    const view = deriveView(star, makeState({ focus: 'hub' }), { pageSize: 10 });
    expect(view.more).toEqual([{ id: 'hub', moreCount: 50 }]);
  });
});

describe('pins', () => {
  it('shows only the pinned entities and the relations among them', () => {
    const view = deriveView(newsModel, makeState({ pinned: ['tiktok', 'bytedance', 'oracle'] }));
    expect(listIds(view.nodes)).toEqual(['bytedance', 'oracle', 'tiktok']);
    expect(listIds(view.edges)).toEqual(['bytedance-owns-tiktok', 'tiktok-part-of-bytedance']);
  });

  it('adds the neighbours of expanded entities, chained', () => {
    const view = deriveView(
      star,
      makeState({
        pinned: ['x'],
        expanded: [
          { id: leafId(0), pages: 1 },
          { id: 'x', pages: 1 },
        ],
      }),
    );
    expect(listIds(view.nodes)).toEqual(['hub', leafId(0), leafId(1), 'x', 'y']);
  });

  it('pins the hand-built subgraph even when every pin is filtered out', () => {
    const view = deriveView(
      newsModel,
      makeState({ pinned: ['china'], hiddenEntityTypes: ['place'] }),
    );
    expect(view.nodes).toEqual([]);
    expect(view.emptyReason?.filter).toBe('types');
  });
});
