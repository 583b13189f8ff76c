import { describe, expect, it } from 'vitest';
import { layoutPositions } from '../../layout/relayout';
import { deriveView } from '../deriveView';
import { buildStarModel, makeState, newsModel as model } from '../testFixtures';
import { resolveRelaidPositions } from './relaidPositions';

const compiled = (id: string) => {
  const n = model.nodes.index.get(id) ?? -1;
  return {
    id,
    x: model.nodes.x[n] ?? 0,
    y: model.nodes.y[n] ?? 0,
    label: model.nodes.labels[n] ?? '',
  };
};

describe('resolveRelaidPositions', () => {
  it('is nothing without a re-layout', () => {
    expect(resolveRelaidPositions(model, null)).toBeNull();
  });

  it('lays out the listed entities from their compiled positions, over the relations among them', () => {
    const ids = ['bytedance', 'tiktok', 'oracle'];
    const positions = resolveRelaidPositions(model, { nodes: ids, rounds: 1 });
    const links = [
      { source: 'bytedance', target: 'tiktok' },
      { source: 'tiktok', target: 'oracle' },
    ].filter(({ source, target }) =>
      model.nodes.incidence.list.some((e) => {
        const ends = [model.edges.source[e], model.edges.target[e]].map(
          (n) => model.nodes.ids[n ?? 0],
        );
        return ends.includes(source) && ends.includes(target);
      }),
    );
    expect(links.length).toBeGreaterThan(0);
    const expected = layoutPositions(ids.map(compiled), links);
    expect(positions?.size).toBe(3);
    for (const id of ids) {
      expect(positions?.get(model.nodes.index.get(id) ?? -1)).toEqual(expected.get(id));
    }
  });

  it('runs one round after another, and ignores ids the graph does not know', () => {
    const ids = ['hub', 'x', 'y'];
    const star = buildStarModel(4);
    const one = resolveRelaidPositions(star, { nodes: ids, rounds: 1 });
    const two = resolveRelaidPositions(star, { nodes: [...ids, 'nobody'], rounds: 2 });
    const at = (positions: typeof one, id: string) =>
      positions?.get(star.nodes.index.get(id) ?? -1);
    const links = [{ source: 'x', target: 'y' }];
    const again = layoutPositions(
      ids.map((id) => ({
        id,
        ...at(one, id)!,
        label: star.nodes.labels[star.nodes.index.get(id)!],
      })),
      links,
    );
    for (const id of ids) expect(at(two, id)).toEqual(again.get(id));
    expect(two?.size).toBe(3);
    // The same re-layout asked again is the same map: computed once.
    expect(resolveRelaidPositions(star, { nodes: [...ids, 'nobody'], rounds: 2 })).toBe(two);
  });

  it('places the view’s nodes there, and the others where the compiler did', () => {
    const layout = { nodes: ['bytedance', 'tiktok'], rounds: 1 };
    const plain = deriveView(model, makeState());
    const relaid = deriveView(model, makeState({ layout }));
    const positions = resolveRelaidPositions(model, layout);
    const node = (view: typeof plain, id: string) => view.nodes.find((n) => n.id === id);
    const tiktok = positions?.get(model.nodes.index.get('tiktok') ?? -1);
    expect(node(relaid, 'tiktok')).toMatchObject({ x: tiktok?.x, y: tiktok?.y });
    expect(node(relaid, 'tiktok')).not.toMatchObject({ x: compiled('tiktok').x });
    // An entity not laid out keeps its compiled position, and its element.
    expect(node(relaid, 'cfius')).toBe(node(plain, 'cfius'));
  });
});
