import { describe, expect, it } from 'vitest';
import { deriveView } from '../deriveView';
import { makeState, newsModel as model } from '../testFixtures';

const claimIds = new Set(
  model.nodes.ids.filter((_, n) => model.nodes.attributes[n]?.claim !== undefined),
);

describe('findViewPaths: relations only unless statements are asked for', () => {
  it('by default connects entities through relations, never through a claim', () => {
    const { path } = deriveView(model, makeState({ pathFrom: 'buzzfeed', pathTo: 'us-user-data' }));
    expect(path?.found).toBe(true);
    expect(path?.length).toBe(4);
    for (const p of path?.paths ?? []) {
      expect(p.nodes.filter((id) => claimIds.has(id))).toEqual([]);
    }
    expect(path?.paths[0]?.nodes).toEqual([
      'buzzfeed',
      'tiktok',
      'bytedance',
      'engineers',
      'us-user-data',
    ]);
  });

  it('with pathThroughClaims, takes what BuzzFeed stated about the data', () => {
    const { path } = deriveView(
      model,
      makeState({ pathFrom: 'buzzfeed', pathTo: 'us-user-data', pathThroughClaims: true }),
    );
    expect(path?.length).toBe(2);
    expect(path?.paths.map((p) => p.nodes)).toEqual([
      ['buzzfeed', 'claim-engineers-access', 'us-user-data'],
    ]);
  });

  it('finds nothing when only statements connect two entities', () => {
    // TikTok made the claim; nothing but the claim joins it to the claim's subject here.
    const only = deriveView(
      model,
      makeState({ pathFrom: 'tiktok', pathTo: 'us-user-data', hiddenEntityTypes: ['group'] }),
    ).path;
    const through = deriveView(
      model,
      makeState({
        pathFrom: 'tiktok',
        pathTo: 'us-user-data',
        hiddenEntityTypes: ['group'],
        pathThroughClaims: true,
      }),
    ).path;
    expect(through?.found).toBe(true);
    expect(through?.paths.every((p) => p.nodes.some((id) => claimIds.has(id)))).toBe(true);
    expect(only?.found).toBe(false);
  });
});
