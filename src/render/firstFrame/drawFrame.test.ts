import { describe, expect, it } from 'vitest';
import { createRenderer } from '../cytoscape/createRenderer';
import { fitViewport, VEIL_ID } from '../scene/fit';
import type { RenderScene, RenderViewport } from '../scene/types';
import type { FrameContext } from './context';
import { drawStaticFrame } from './drawFrame';
import { wrapLines } from './text';
import { LABELLED, NODE_LABELLED } from '../style/stylesheet';

interface Recorded {
  calls: { name: string; args: unknown[] }[];
  texts: { text: string; font: string; fill: string }[];
}

/** A 2D context that records what is drawn; text is 0.6 em per character, as labelPlacement assumes. */
function recordingContext(): FrameContext & Recorded {
  const calls: Recorded['calls'] = [];
  const texts: Recorded['texts'] = [];
  const state = {
    fillStyle: '#000000' as FrameContext['fillStyle'],
    strokeStyle: '#000000' as FrameContext['strokeStyle'],
    lineWidth: 1,
    lineJoin: 'miter' as CanvasLineJoin,
    globalAlpha: 1,
    font: '10px sans-serif',
    textAlign: 'start' as CanvasTextAlign,
    textBaseline: 'alphabetic' as CanvasTextBaseline,
  };
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push({ name, args });
    };
  const fontSize = () => Number(/(\d+(?:\.\d+)?)px/.exec(state.font)?.[1] ?? 10);
  return Object.assign(state, {
    calls,
    texts,
    setTransform: record('setTransform'),
    clearRect: record('clearRect'),
    save: record('save'),
    restore: record('restore'),
    beginPath: record('beginPath'),
    closePath: record('closePath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    quadraticCurveTo: record('quadraticCurveTo'),
    bezierCurveTo: record('bezierCurveTo'),
    arc: record('arc'),
    ellipse: record('ellipse'),
    rect: record('rect'),
    fill: record('fill'),
    stroke: record('stroke'),
    setLineDash: record('setLineDash'),
    translate: record('translate'),
    rotate: record('rotate'),
    strokeText: record('strokeText'),
    fillText: (text: string, x: number, y: number) => {
      calls.push({ name: 'fillText', args: [text, x, y] });
      texts.push({ text, font: state.font, fill: String(state.fillStyle) });
    },
    measureText: (text: string) => ({ width: text.length * fontSize() * 0.6 }) as TextMetrics,
  }) as unknown as FrameContext & Recorded;
}

const SIZE = { width: 800, height: 500 };

function sceneOf(
  nodes: [id: string, x: number, y: number, classes?: string[]][],
  edges: [id: string, source: string, target: string, classes?: string[]][],
): RenderScene {
  return {
    nodes: nodes.map(([id, x, y, classes = []]) => ({
      id,
      label: `Entity ${id}`,
      type: 'organization',
      x,
      y,
      classes,
    })),
    edges: edges.map(([id, source, target, classes = []]) => ({
      id,
      source,
      target,
      label: `relation ${id}`,
      width: 1.5,
      classes,
    })),
  };
}

const chain = sceneOf(
  [
    ['a', 0, 0],
    ['b', 200, 0],
    ['c', 400, 100],
    ['d', 100, 300],
  ],
  [
    ['ab', 'a', 'b'],
    ['ab2', 'a', 'b'],
    ['bc', 'b', 'c'],
    ['cd', 'c', 'd'],
  ],
);

function draw(scene: RenderScene, viewport?: RenderViewport, large = false) {
  const context = recordingContext();
  const shown = viewport ?? fitViewport(scene.nodes, SIZE)!;
  const frame = drawStaticFrame(context, scene, {
    size: SIZE,
    viewport: shown,
    theme: 'light',
    large,
    pixelRatio: 2,
  });
  return { context, frame, viewport: shown };
}

describe('drawStaticFrame', () => {
  it('draws every edge, then every node, at the viewport scaled to the device pixels', () => {
    const { context, frame, viewport } = draw(chain);
    expect(frame.order).toEqual(['ab', 'ab2', 'bc', 'cd', 'a', 'b', 'c', 'd']);
    expect(frame.veiled).toBe(false);
    const transforms = context.calls.filter((call) => call.name === 'setTransform');
    expect(transforms.at(-1)?.args).toEqual([
      2 * viewport.zoom,
      0,
      0,
      2 * viewport.zoom,
      2 * viewport.panX,
      2 * viewport.panY,
    ]);
    // Parallel edges bow apart (one curve each); the others are straight lines.
    expect(context.calls.filter((call) => call.name === 'quadraticCurveTo')).toHaveLength(2);
  });

  it('veils what the selection does not touch, drawing what it touches above the veil', () => {
    const scene = sceneOf(
      [
        ['a', 0, 0, ['selected']],
        ['b', 200, 0, ['neighbour-of-selected']],
        ['c', 400, 100, ['faded']],
        ['d', 100, 300, ['faded']],
      ],
      [
        ['ab', 'a', 'b', ['neighbour-of-selected']],
        ['bc', 'b', 'c', ['faded']],
        ['cd', 'c', 'd', ['faded']],
      ],
    );
    // Zoomed out, where only the selection's relations are labelled.
    const { frame } = draw(scene, { zoom: 0.5, panX: 200, panY: 150 });
    expect(frame.veiled).toBe(true);
    const veil = frame.order.indexOf(VEIL_ID);
    expect(frame.order.slice(0, veil).sort()).toEqual(['bc', 'c', 'cd', 'd']);
    expect(frame.order.slice(veil + 1)).toEqual(['ab', 'a', 'b']);
    // The selection's label is drawn bold, and its relation's label at any zoom.
    expect(frame.edgeLabels).toEqual(new Set(['ab']));
  });

  it('labels the same nodes as cytoscape, at the same fitted viewport', () => {
    // Crowded: not every label has room, so the choice is not trivial.
    const nodes: [string, number, number][] = Array.from({ length: 30 }, (_, index) => [
      `n${index}`,
      (index % 6) * 50,
      Math.floor(index / 6) * 45,
    ]);
    const edges: [string, string, string][] = nodes
      .slice(1)
      .map(([id], index) => [`e${index}`, `n${index % 4}`, id]);
    const scene = sceneOf(nodes, edges);
    const renderer = createRenderer({ theme: 'light', size: SIZE });
    renderer.apply(scene);
    renderer.fit();
    const { frame, viewport } = draw(scene);
    expect(renderer.getViewport()).toEqual(viewport);
    const labelled = renderer.cy.nodes(`.${NODE_LABELLED}`).map((node) => node.id());
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.length).toBeLessThan(nodes.length);
    expect([...frame.nodeLabels].sort()).toEqual(labelled.sort());
    renderer.destroy();
  });

  it.each([false, true])(
    'labels every edge of a small graph once readable, as cytoscape does (large: %s)',
    (large) => {
      const zoomedIn = { zoom: 1.2, panX: 100, panY: 100 };
      const { frame } = draw(chain, zoomedIn, large);
      const renderer = createRenderer({ theme: 'light', size: SIZE, large });
      renderer.apply(chain);
      renderer.setViewport(zoomedIn);
      const labelled = renderer.cy.edges(`.${LABELLED}`).map((edge) => edge.id());
      expect([...frame.edgeLabels].sort()).toEqual(labelled.sort());
      expect(frame.edgeLabels.size).toBe(large ? 0 : chain.edges.length);
      renderer.destroy();
    },
  );

  it('draws a contradiction dashed with a bar at its end, and a support dotted with a dot, as the stylesheet says', () => {
    const scene = sceneOf(
      [
        ['a', 0, 0],
        ['b', 200, 0],
        ['c', 400, 0],
      ],
      [
        ['ab', 'a', 'b', ['contradicts']],
        ['bc', 'b', 'c', ['supports']],
      ],
    );
    const { context } = draw(scene, { zoom: 0.5, panX: 100, panY: 200 });
    const dashes = context.calls
      .filter((call) => call.name === 'setLineDash')
      .map((call) => JSON.stringify(call.args[0]));
    expect(dashes).toContain(JSON.stringify([8, 4]));
    expect(dashes).toContain(JSON.stringify([1, 1]));
    // The contradiction is drawn first: its line, then its arrowhead, a bar of four corners
    // (a triangle would have three). The support's arrowhead is the only arc.
    const names = context.calls.map((call) => call.name);
    const firstFill = names.indexOf('fill', names.indexOf('stroke'));
    const head = names.slice(names.lastIndexOf('beginPath', firstFill), firstFill);
    expect(head.filter((name) => name === 'lineTo')).toHaveLength(4);
    expect(names.filter((name) => name === 'arc')).toHaveLength(1);
  });

  it('draws no label below its readable size, even where there is room', () => {
    const { frame, context } = draw(chain, { zoom: 0.2, panX: 300, panY: 200 });
    expect(frame.nodeLabels.size).toBe(0);
    expect(frame.edgeLabels.size).toBe(0);
    expect(context.texts).toEqual([]);
  });

  it('writes a disputed claim as disputed under its label', () => {
    const scene = sceneOf([['a', 0, 0, ['disputed', 'selected']]], []);
    const { context } = draw(scene);
    expect(context.texts.map((text) => text.text)).toEqual(['Entity a', '⚠ disputed']);
    expect(context.texts[0]?.font).toMatch(/^bold 14px/);
  });
});

describe('wrapLines', () => {
  const context = recordingContext();
  context.font = '10px sans-serif';

  it('breaks between words to fit, and at the label’s own line breaks', () => {
    // 6 pixels a character: 60 pixels hold 10.
    expect(wrapLines(context, 'one two three four\nfive', 60)).toEqual([
      'one two',
      'three four',
      'five',
    ]);
  });

  it('keeps a word longer than the width whole rather than cut it', () => {
    expect(wrapLines(context, 'extraordinarily long', 30)).toEqual(['extraordinarily', 'long']);
  });
});
