// @vitest-environment jsdom
// The SVG export's writer: a well-formed document with each node's shape, colour and label, each
// edge's line and style, the caption when asked, and hostile text escaped.
import { describe, expect, it } from 'vitest';
import type { CaptionDrawing } from './captionLayout';
import { writeSvg, type SvgDrawing } from './svgPicture';

const SVG_NS = 'http://www.w3.org/2000/svg';

const drawing: SvgDrawing = {
  nodes: [
    {
      id: 'a',
      x: 0,
      y: 0,
      width: 30,
      height: 30,
      shape: 'ellipse',
      fill: 'rgb(31,95,168)',
      border: null,
      label: 'TikTok <&> "Inc"',
    },
    {
      id: 'b',
      x: 200,
      y: 100,
      width: 30,
      height: 30,
      shape: 'diamond',
      fill: 'rgb(185,28,28)',
      border: { colour: 'rgb(0,0,0)', width: 2, dashed: true },
      label: '',
    },
    {
      id: 'c',
      x: -100,
      y: 50,
      width: 40,
      height: 20,
      shape: 'round-rectangle',
      fill: '#123456',
      border: null,
      label: 'Org',
    },
  ],
  edges: [
    {
      id: 'a-b',
      points: [
        { x: 0, y: 0 },
        { x: 200, y: 100 },
      ],
      colour: 'rgb(107,114,128)',
      width: 3,
      style: 'solid',
      opacity: 1,
    },
    {
      id: 'c-a',
      points: [
        { x: -100, y: 50 },
        { x: -50, y: 0 },
        { x: 0, y: 0 },
      ],
      colour: 'rgb(185,28,28)',
      width: 2,
      style: 'dashed',
      opacity: 0.3,
    },
  ],
  colours: { background: '#ffffff', text: '#111827' },
  caption: null,
};

const caption: CaptionDrawing = {
  title: 'Leaked TikTok meetings',
  legend: [
    { label: 'Organization', swatch: { kind: 'node', colour: '#1f5fa8', shape: 'ellipse' } },
  ],
  lines: ['Filters: none (the whole graph)', 'Sources: “A”', 'https://example.com/?v=1'],
};

function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(document.documentElement.namespaceURI).toBe(SVG_NS);
  return document;
}

describe('writeSvg', () => {
  it('draws each node in its shape and colour, with its label when it has one', () => {
    const document = parse(writeSvg(drawing));
    const nodes = [...document.querySelectorAll('#nodes > g')];
    expect(nodes.map((g) => g.getAttribute('data-id'))).toEqual(['a', 'b', 'c']);
    const [a, b, c] = nodes;
    expect(a?.querySelector('ellipse')?.getAttribute('fill')).toBe('rgb(31,95,168)');
    expect(a?.querySelector('text')?.textContent).toBe('TikTok <&> "Inc"');
    expect(b?.querySelector('polygon')?.getAttribute('points')?.split(' ')).toHaveLength(4);
    expect(b?.querySelector('polygon')?.getAttribute('stroke-dasharray')).toBe('4 3');
    expect(b?.querySelector('text')).toBeNull();
    expect(c?.querySelector('rect')?.getAttribute('width')).toBe('40');
  });

  it('draws each edge as a line or a curve, with its colour, width, style and fading', () => {
    const document = parse(writeSvg(drawing));
    const [straight, curved] = [...document.querySelectorAll('#edges > path')];
    expect(straight?.getAttribute('d')).toBe('M0,0 L200,100');
    expect(straight?.getAttribute('stroke-width')).toBe('3');
    expect(straight?.getAttribute('stroke-dasharray')).toBeNull();
    expect(curved?.getAttribute('d')).toBe('M-100,50 Q-50,0 0,0');
    expect(curved?.getAttribute('stroke-dasharray')).toBe('8 4');
    expect(curved?.getAttribute('stroke-opacity')).toBe('0.3');
  });

  it('leaves the caption out unless asked, and then writes title, legend and lines', () => {
    expect(parse(writeSvg(drawing)).getElementById('caption')).toBeNull();
    const document = parse(writeSvg({ ...drawing, caption }));
    const texts = [...document.querySelectorAll('#caption text')].map((t) => t.textContent);
    expect(texts).toEqual(['Leaked TikTok meetings', 'Organization', ...caption.lines]);
    expect(document.querySelector('title')?.textContent).toBe('Leaked TikTok meetings');
    const plain = parse(writeSvg(drawing)).documentElement;
    const captioned = document.documentElement;
    expect(Number(captioned.getAttribute('height'))).toBeGreaterThan(
      Number(plain.getAttribute('height')),
    );
  });

  it('keeps every node inside the picture', () => {
    const document = parse(writeSvg(drawing));
    const root = document.documentElement;
    const width = Number(root.getAttribute('width'));
    const transform = document.getElementById('nodes')?.getAttribute('transform') ?? '';
    const [dx = 0] = /translate\(([-\d.]+),/.exec(transform)?.slice(1).map(Number) ?? [];
    for (const node of drawing.nodes) {
      expect(node.x - node.width / 2 + dx).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width / 2 + dx).toBeLessThanOrEqual(width);
    }
  });
});
