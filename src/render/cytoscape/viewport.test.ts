import { describe, expect, it } from 'vitest';
import type { RenderScene } from '../scene/types';
import { createRenderer } from './createRenderer';
import { scene, showsLabel } from './testScene';

describe('the adapter’s labels and viewport (headless cytoscape)', () => {
  it("labels a small graph's edges when they are readable, a large one's only around the selection", () => {
    const edges: [string, string, string][] = [
      ['ab', 'a', 'b'],
      ['bc', 'b', 'c'],
    ];
    const classes = { ab: ['neighbour-of-selected'] };
    const small = createRenderer({ theme: 'light' });
    const labelOf = (id: string) =>
      showsLabel(small.cy.$id(id)) ? small.cy.$id(id).style('label') : '';
    small.apply(scene(['a', 'b', 'c'], edges, classes));
    small.setViewport({ zoom: 1, panX: 0, panY: 0 });
    expect(labelOf('bc')).toBe('owns');
    // Zoomed out past readability: only the selection's edges keep their labels.
    small.setViewport({ zoom: 0.5, panX: 0, panY: 0 });
    expect(labelOf('bc')).toBe('');
    expect(labelOf('ab')).toBe('owns');
    // An edge hidden while the zoom crosses back is labelled like the others when it returns.
    small.apply(scene(['a', 'b', 'c'], [['ab', 'a', 'b']], classes));
    small.setViewport({ zoom: 1, panX: 0, panY: 0 });
    small.apply(scene(['a', 'b', 'c'], edges, classes));
    expect(labelOf('bc')).toBe('owns');
    // An edge added while zoomed in is labelled like the others; zooming in by hand relabels.
    small.setViewport({ zoom: 0.5, panX: 0, panY: 0 });
    small.cy.zoom(2);
    small.apply(scene(['a', 'b', 'c', 'd'], [...edges, ['cd', 'c', 'd']], classes));
    expect(labelOf('bc')).toBe('owns');
    expect(labelOf('cd')).toBe('owns');
    const large = createRenderer({ theme: 'light', large: true });
    large.apply(scene(['a', 'b', 'c'], edges, classes));
    large.setViewport({ zoom: 2, panX: 0, panY: 0 });
    expect(large.cy.$id('ab').style('label')).toBe('owns');
    expect(large.cy.$id('bc').style('label')).toBe('');
    large.setTheme('dark');
    expect(large.cy.$id('bc').style('label')).toBe('');
  });

  it('labels the nodes that have room, fits them with room for their labels, and relabels after a zoom', async () => {
    const size = { width: 600, height: 400 };
    const renderer = createRenderer({ theme: 'light', size });
    const { cy } = renderer;
    // b is the hub; a sits on top of it, c and d far apart.
    const nodes = [
      { id: 'a', x: 2, y: 2 },
      { id: 'b', x: 0, y: 0 },
      { id: 'c', x: 400, y: 0 },
      { id: 'd', x: 0, y: 300 },
    ];
    const sceneOf = (classes: Record<string, string[]> = {}): RenderScene => ({
      nodes: nodes.map((n) => ({
        ...n,
        label: n.id.toUpperCase(),
        type: 'organization',
        classes: classes[n.id] ?? [],
      })),
      edges: ['a', 'c', 'd'].map((other) => ({
        id: `b${other}`,
        source: 'b',
        target: other,
        label: 'owns',
        width: 1.5,
        classes: [],
      })),
    });
    const labelled = () =>
      cy
        .nodes()
        .filter(showsLabel)
        .map((node) => node.id())
        .sort();
    renderer.apply(sceneOf());
    // Nothing is labelled for a viewport the page never shows: the first scene is fitted next.
    expect(labelled()).toEqual([]);
    renderer.fit();
    // Every node is inside the canvas, with the room a label needs below the lowest one.
    for (const { id } of nodes) {
      const { x, y } = renderer.renderedPositionOf(id)!;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(size.width);
      expect(y).toBeLessThan(size.height - 20);
    }
    expect(labelled()).toEqual(['b', 'c', 'd']);

    // A selected node is labelled whatever the room; its neighbour keeps clear of it.
    renderer.apply(sceneOf({ a: ['selected'], b: ['neighbour-of-selected'] }));
    expect(labelled()).toEqual(['a', 'c', 'd']);

    // Zoomed out past readability, only the selection and, where there is room, what it touches.
    renderer.apply(sceneOf({ c: ['selected'], b: ['neighbour-of-selected'] }));
    renderer.setViewport({ zoom: 0.2, panX: 300, panY: 200 });
    expect(labelled()).toEqual(['b', 'c']);

    // A person's zoom is followed once it rests.
    renderer.apply(sceneOf());
    cy.viewport({ zoom: 1, pan: { x: 100, y: 100 } });
    expect(labelled()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(labelled()).toContain('b');
    renderer.destroy();
  });

  it('labels a PNG export for the whole graph, not for the viewport, and then restores', () => {
    const renderer = createRenderer({ theme: 'light', size: { width: 600, height: 400 } });
    const { cy } = renderer;
    // d is hidden and kept: cytoscape's full image would span it, so the export lets it go.
    renderer.apply(scene(['a', 'b', 'c', 'd'], [['ab', 'a', 'b']]));
    renderer.apply(scene(['a', 'b', 'c'], [['ab', 'a', 'b']]));
    // Zoomed in on a: b and c are off the canvas, so unlabelled.
    renderer.setViewport({ zoom: 4, panX: 300, panY: 200 });
    const labelled = () =>
      cy
        .nodes()
        .filter(showsLabel)
        .map((node) => node.id())
        .sort();
    expect(labelled()).toEqual(['a']);
    let inImage: string[] = [];
    // Headless cytoscape cannot draw: what matters is what is labelled when the image is taken.
    let heldInImage: string[] = [];
    cy.png = (() => {
      inImage = labelled();
      heldInImage = cy
        .nodes()
        .not('.veil')
        .map((node) => node.id());
      return new Blob();
    }) as unknown as typeof cy.png;
    renderer.exportPng('#fff');
    expect(inImage).toEqual(['a', 'b', 'c']);
    expect(heldInImage.sort()).toEqual(['a', 'b', 'c']);
    expect(labelled()).toEqual(['a']);
    renderer.destroy();
  });

  it('centres a drawn node on the canvas, and ignores a hidden one', async () => {
    const size = { width: 600, height: 400 };
    const renderer = createRenderer({ theme: 'light', size });
    renderer.apply(scene(['a', 'b', 'c'], []));
    renderer.setViewport({ zoom: 2, panX: 0, panY: 0 });
    renderer.center('b');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(renderer.renderedPositionOf('b')).toEqual({ x: 300, y: 200 });
    expect(renderer.getViewport().zoom).toBe(2);
    renderer.apply(scene(['a', 'b'], []));
    renderer.center('c');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(renderer.renderedPositionOf('b')).toEqual({ x: 300, y: 200 });
    renderer.destroy();
  });
});
