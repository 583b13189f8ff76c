import { describe, expect, it } from 'vitest';
import type { RenderScene } from '../scene/types';
import { createRenderer } from './createRenderer';
import { KEPT_HIDDEN_LIMIT } from './residents';
import { drawnIds, scene, showsLabel } from './testScene';

describe('createRenderer (headless cytoscape)', () => {
  it('adds what is new, hides what is gone and shows it again as the same element', () => {
    const renderer = createRenderer({ theme: 'light' });
    const { cy } = renderer;
    const abc = scene(
      ['a', 'b', 'c'],
      [
        ['ab', 'a', 'b'],
        ['bc', 'b', 'c'],
      ],
    );
    const first = renderer.apply(abc);
    expect(first).toMatchObject({ added: 5, removed: 0, updated: 0, elements: 5, resident: 5 });
    cy.getElementById('c').scratch('_marker', true);

    const second = renderer.apply(scene(['a', 'b'], [['ab', 'a', 'b']]));
    expect(second).toMatchObject({ added: 0, removed: 2, revealed: 0, elements: 3, resident: 5 });
    // The renderer's own veil is not part of the scene.
    expect(drawnIds(renderer)).toEqual(['a', 'ab', 'b']);
    expect(cy.getElementById('c').visible()).toBe(false);
    expect(cy.getElementById('bc').visible()).toBe(false);
    expect(renderer.renderedPositionOf('c')).toBeNull();

    const third = renderer.apply(abc);
    expect(third).toMatchObject({ added: 0, removed: 0, revealed: 2, updated: 0, elements: 5 });
    expect(cy.getElementById('c').scratch('_marker')).toBe(true);
    expect(drawnIds(renderer)).toEqual(['a', 'ab', 'b', 'bc', 'c']);
    expect(renderer.renderedPositionOf('c')).not.toBeNull();
    renderer.destroy();
  });

  it('keeps hidden elements hidden through a change of theme, and restyles them when shown', () => {
    const renderer = createRenderer({ theme: 'light' });
    const { cy } = renderer;
    renderer.apply(scene(['a', 'b'], [['ab', 'a', 'b']]));
    renderer.apply(scene(['a'], []));
    renderer.setTheme('dark');
    expect(cy.getElementById('b').visible()).toBe(false);
    expect(cy.getElementById('ab').visible()).toBe(false);
    const shown = renderer.apply(scene(['a', 'b'], [['ab', 'a', 'b']], { b: ['selected'] }));
    expect(shown).toMatchObject({ revealed: 2, updated: 1 });
    expect(cy.getElementById('b').visible()).toBe(true);
    expect(cy.getElementById('b').hasClass('selected')).toBe(true);
    renderer.destroy();
  });

  it(`keeps at most ${KEPT_HIDDEN_LIMIT} hidden elements, removing those hidden longest first`, () => {
    const renderer = createRenderer({ theme: 'light' });
    const { cy } = renderer;
    const half = KEPT_HIDDEN_LIMIT * 0.75;
    const ids = (prefix: string) => Array.from({ length: half }, (_, i) => `${prefix}${i}`);
    // The older scene's first two nodes are joined: the edge goes when its node does.
    renderer.apply(scene(ids('old'), [['old0-old1', 'old0', 'old1']]));
    renderer.apply(scene(ids('new'), []));
    const emptied = renderer.apply(scene([], []));
    // The oldest excess went, and the edge along with old0: one below the limit.
    expect(emptied.resident).toBe(KEPT_HIDDEN_LIMIT - 1);
    expect(cy.getElementById('old0').empty()).toBe(true);
    expect(cy.getElementById('old0-old1').empty()).toBe(true);
    expect(cy.getElementById('new0').nonempty()).toBe(true);
    expect(cy.getElementById(`old${half - 1}`).nonempty()).toBe(true);
    // A removed element comes back as a new one.
    expect(renderer.apply(scene(['old0', 'new0'], []))).toMatchObject({ added: 1, revealed: 1 });
    renderer.destroy();
  });

  it("counts only drawn edges in a node label's priority", () => {
    const size = { width: 300, height: 200 };
    const renderer = createRenderer({ theme: 'light', size });
    // Two nodes on the same spot: only one label fits, and the busier node gets it.
    const twoHubs = (edges: [string, string, string][]): RenderScene => ({
      ...scene(['x', 'y', 'p', 'q', 'r'], edges),
      nodes: scene(['x', 'y', 'p', 'q', 'r'], []).nodes.map((node) =>
        ['x', 'y'].includes(node.id) ? { ...node, x: 0, y: 0 } : { ...node, y: 400 },
      ),
    });
    renderer.apply(
      twoHubs([
        ['xp', 'x', 'p'],
        ['xq', 'x', 'q'],
        ['yr', 'y', 'r'],
      ]),
    );
    renderer.setViewport({ zoom: 1, panX: 150, panY: 100 });
    const labelled = (id: string) => showsLabel(renderer.cy.getElementById(id));
    expect([labelled('x'), labelled('y')]).toEqual([true, false]);
    // x's edges are hidden, not removed: y is now the busier node.
    renderer.apply(twoHubs([['yr', 'y', 'r']]));
    expect([labelled('x'), labelled('y')]).toEqual([false, true]);
    renderer.destroy();
  });

  it('updates classes and labels in place, marking disputed claims in the label text', () => {
    const renderer = createRenderer({ theme: 'dark' });
    renderer.apply(scene(['a', 'b'], [['ab', 'a', 'b']]));
    const stats = renderer.apply(
      scene(['a', 'b'], [['ab', 'a', 'b']], { a: ['selected', 'disputed'], ab: ['contradicts'] }),
    );
    expect(stats).toMatchObject({ added: 0, removed: 0, updated: 2 });
    const a = renderer.cy.getElementById('a');
    expect(a.hasClass('selected')).toBe(true);
    expect(a.data('label')).toBe('A\n⚠ disputed');
    expect(renderer.cy.getElementById('ab').hasClass('contradicts')).toBe(true);
    // Applying the same scene again touches nothing.
    expect(
      renderer.apply(
        scene(['a', 'b'], [['ab', 'a', 'b']], { a: ['selected', 'disputed'], ab: ['contradicts'] }),
      ),
    ).toMatchObject({ added: 0, removed: 0, updated: 0 });
    renderer.destroy();
  });

  it('keeps positions of elements that stay, even when the scene proposes others', () => {
    const renderer = createRenderer({ theme: 'light' });
    renderer.apply(scene(['a', 'b'], []));
    renderer.cy.getElementById('a').position({ x: 500, y: 500 });
    renderer.apply(scene(['a', 'b', 'c'], []));
    expect(renderer.cy.getElementById('a').position()).toEqual({ x: 500, y: 500 });
    expect(renderer.cy.getElementById('c').position()).toEqual({ x: 200, y: 0 });
    renderer.destroy();
  });

  it('moves a node when the scene moves it: a drawn one glides there, a kept one is put there', async () => {
    const renderer = createRenderer({ theme: 'light' });
    const { cy } = renderer;
    renderer.apply(scene(['a', 'b', 'c'], []));
    renderer.apply(scene(['a', 'b'], []));
    const moved = scene(['a', 'b', 'c'], []);
    const at = { x: 700, y: 300 };
    moved.nodes = moved.nodes.map((node) =>
      node.id === 'a' || node.id === 'c' ? { ...node, ...at } : node,
    );
    expect(renderer.apply(moved)).toMatchObject({ moved: 1, revealed: 1 });
    expect(cy.getElementById('c').position()).toEqual(at);
    await renderer.whenSettled();
    expect(cy.getElementById('a').position()).toEqual(at);
    expect(cy.getElementById('b').position()).toEqual({ x: 100, y: 0 });
    renderer.destroy();
  });

  it('reports taps through the handlers it was given', () => {
    const renderer = createRenderer({ theme: 'light' });
    renderer.apply(scene(['a', 'b'], [['ab', 'a', 'b']]));
    const seen: string[] = [];
    renderer.setHandlers({
      tapNode: (id) => seen.push(`node:${id}`),
      tapEdge: (id) => seen.push(`edge:${id}`),
    });
    renderer.cy.getElementById('b').emit('tap');
    renderer.cy.getElementById('ab').emit('tap');
    expect(seen).toEqual(['node:b', 'edge:ab']);
    renderer.destroy();
  });

  it('reports a long press on a node or an edge, not on the background', () => {
    const renderer = createRenderer({ theme: 'light' });
    renderer.apply(scene(['a', 'b'], [['ab', 'a', 'b']]));
    const held: string[] = [];
    renderer.setHandlers({ holdElement: (id) => held.push(id) });
    renderer.cy.getElementById('a').emit('taphold');
    renderer.cy.getElementById('ab').emit('taphold');
    renderer.cy.emit('taphold');
    expect(held).toEqual(['a', 'ab']);
    renderer.destroy();
  });

  it('bows parallel edges apart and leaves the others straight', () => {
    const renderer = createRenderer({ theme: 'light' });
    renderer.apply(
      scene(
        ['a', 'b', 'c'],
        [
          ['ab1', 'a', 'b'],
          ['ab2', 'a', 'b'],
          ['bc', 'b', 'c'],
        ],
      ),
    );
    expect(renderer.cy.$id('bc').style('curve-style')).toBe('straight');
    expect(renderer.cy.$id('ab1').style('curve-style')).toBe('unbundled-bezier');
    expect(renderer.cy.$id('ab1').data('bend')).toBe(-renderer.cy.$id('ab2').data('bend'));
    // Once its sibling is filtered out, the edge straightens.
    renderer.apply(scene(['a', 'b'], [['ab1', 'a', 'b']]));
    expect(renderer.cy.$id('ab1').style('curve-style')).toBe('straight');
  });

  it.each([false, true])(
    'fades with one veil, restyling only what the selection touches (large: %s)',
    (large) => {
      const renderer = createRenderer({ theme: 'light', large });
      const nodes = ['a', 'b', 'c', 'd'];
      const edges: [string, string, string][] = [
        ['ab', 'a', 'b'],
        ['bc', 'b', 'c'],
        ['cd', 'c', 'd'],
      ];
      renderer.apply(scene(nodes, edges));
      const selected = renderer.apply(
        scene(nodes, edges, {
          a: ['selected'],
          b: ['neighbour-of-selected'],
          ab: ['neighbour-of-selected'],
          c: ['faded'],
          d: ['faded'],
          bc: ['faded'],
          cd: ['faded'],
        }),
      );
      const { cy } = renderer;
      // Only the highlighted three change; the faded ones keep their style.
      expect(selected).toMatchObject({ added: 0, removed: 0, updated: 3, elements: 7 });
      expect(cy.$('.faded')).toHaveLength(0);
      expect(
        cy
          .$('.lifted')
          .map((element) => element.id())
          .sort(),
      ).toEqual(['a', 'ab', 'b']);
      const veil = cy.$('node.veil');
      expect(veil).toHaveLength(1);
      expect(veil.hasClass('veil-on')).toBe(true);
      expect(veil.style('display')).toBe('element');
      expect(Number(veil.style('z-index'))).toBeGreaterThan(Number(cy.$id('c').style('z-index')));
      expect(Number(veil.style('z-index'))).toBeLessThan(Number(cy.$id('a').style('z-index')));

      const cleared = renderer.apply(scene(nodes, edges));
      expect(cleared).toMatchObject({ updated: 3 });
      expect(cy.$('.lifted')).toHaveLength(0);
      expect(veil.style('display')).toBe('none');
      // The veil is the renderer's own: never counted, never hidden or removed as stale.
      renderer.apply(scene(['a'], []));
      expect(cy.$('node.veil')).toHaveLength(1);
      expect(drawnIds(renderer)).toEqual(['a']);
    },
  );
  it('moves the veil with the nodes when they are laid out again', async () => {
    const renderer = createRenderer({ theme: 'light' });
    const nodes = ['a', 'b', 'c', 'd'];
    const edges: [string, string, string][] = [
      ['ab', 'a', 'b'],
      ['cd', 'c', 'd'],
    ];
    const classes = { a: ['selected'], c: ['faded'], d: ['faded'], cd: ['faded'] };
    const before = scene(nodes, edges, classes);
    renderer.apply(before);
    const { cy } = renderer;
    const centre = () => {
      const xs = nodes.map((id) => cy.$id(id).position().x);
      const ys = nodes.map((id) => cy.$id(id).position().y);
      return {
        x: (Math.min(...xs) + Math.max(...xs)) / 2,
        y: (Math.min(...ys) + Math.max(...ys)) / 2,
      };
    };
    const veil = cy.$('node.veil');
    const start = centre();
    expect(veil.position()).toEqual(start);
    // A re-layout: the scene puts every node somewhere else.
    const relaid = {
      ...before,
      nodes: before.nodes.map((node, i) => ({ ...node, x: i * 60 + 500, y: (i % 2) * 300 })),
    };
    expect(renderer.apply(relaid)).toMatchObject({ moved: 4, added: 0, updated: 0 });
    await renderer.whenSettled();
    const after = centre();
    expect(Math.hypot(after.x - start.x, after.y - start.y)).toBeGreaterThan(1);
    expect(veil.position().x).toBeCloseTo(after.x);
    expect(veil.position().y).toBeCloseTo(after.y);
    expect(veil.hasClass('veil-on')).toBe(true);
    renderer.destroy();
  });
});
