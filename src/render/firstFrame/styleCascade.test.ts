import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../schema/vocabulary';
import { CURVED } from '../scene/curvedEdges';
import { buildCascade, numberOf, parseSelector, stringOf } from './styleCascade';
import {
  buildStylesheet,
  LABELLED,
  LIFTED,
  NODE_LABELLED,
  PREFERRED_LABELLED,
  VEIL_CLASS,
  VEIL_ON_CLASS,
} from '../style/stylesheet';

const NODE_CLASSES = [
  'selected',
  'focus',
  'disputed',
  'pinned',
  'on-path',
  PREFERRED_LABELLED,
  LIFTED,
  NODE_LABELLED,
  VEIL_CLASS,
  VEIL_ON_CLASS,
];
const EDGE_CLASSES = [
  'derived',
  'statement',
  'contradicts',
  'supports',
  'selected',
  'on-path',
  PREFERRED_LABELLED,
  LIFTED,
  LABELLED,
  CURVED,
];
const NODE_PROPERTIES = [
  'display',
  'shape',
  'background-color',
  'background-opacity',
  'width',
  'height',
  'border-width',
  'border-style',
  'border-color',
  'label',
  'text-opacity',
  'font-weight',
  'min-zoomed-font-size',
  'z-index',
];
const EDGE_PROPERTIES = [
  'width',
  'curve-style',
  'line-color',
  'line-style',
  'target-arrow-shape',
  'target-arrow-color',
  'label',
  'min-zoomed-font-size',
  'z-index',
  'opacity',
];

/**
 * What the first frame assumes where the stylesheet says nothing; cytoscape's defaults must agree.
 * A property that is neither set nor listed here fails the test.
 */
const DEFAULTS: Record<string, string | number> = {
  display: 'element',
  'background-opacity': 1,
  'border-style': 'solid',
  'font-weight': 'normal',
  'text-opacity': 1,
  opacity: 1,
  'line-style': 'solid',
};

/** cytoscape's computed values (`30px`, `rgb(1,2,3)`) and the cascade's (`30`, `#010203`) alike. */
function normalise(value: unknown): string {
  const text = String(value);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text);
  if (hex) {
    return `rgb(${hex
      .slice(1)
      .map((part) => parseInt(part, 16))
      .join(',')})`;
  }
  const number = /^(-?[\d.]+)(px)?$/.exec(text);
  if (number) return String(Number(number[1]));
  return text.replace(/\s+/g, '');
}

describe('styleCascade', () => {
  it.each([
    ['light', false],
    ['dark', false],
    ['light', true],
    ['dark', true],
  ] as const)(
    'resolves every element as cytoscape does with the %s stylesheet (large: %s)',
    (theme, large) => {
      const sheet = buildStylesheet(theme, { large });
      const cascade = buildCascade(sheet);
      const cy = cytoscape({ headless: true, styleEnabled: true, style: sheet });
      fc.assert(
        fc.property(
          fc.constantFrom(...ENTITY_TYPES),
          fc.subarray(NODE_CLASSES),
          fc.subarray(EDGE_CLASSES),
          fc.integer({ min: -80, max: 80 }),
          (type, nodeClasses, edgeClasses, bend) => {
            cy.elements().remove();
            const nodeData = { id: 'a', label: 'A label', type, width: 120, height: 60 };
            const edgeData = { id: 'ab', source: 'a', target: 'b', label: 'owns', width: 2, bend };
            cy.add([
              { group: 'nodes', data: nodeData, classes: nodeClasses },
              { group: 'nodes', data: { id: 'b', label: 'B', type } },
              { group: 'edges', data: edgeData, classes: edgeClasses },
            ]);
            const node = cascade('node', nodeData, nodeClasses);
            for (const property of NODE_PROPERTIES) {
              expect(normalise(node[property] ?? DEFAULTS[property]), property).toBe(
                normalise(cy.$id('a').style(property)),
              );
            }
            const edge = cascade('edge', edgeData, edgeClasses);
            for (const property of EDGE_PROPERTIES) {
              expect(normalise(edge[property] ?? DEFAULTS[property]), property).toBe(
                normalise(cy.$id('ab').style(property)),
              );
            }
          },
        ),
        { numRuns: 150 },
      );
      cy.destroy();
    },
  );

  it('sets, for each property the stylesheet names, the value of the last rule that matches', () => {
    const cascade = buildCascade([
      { selector: 'node', style: { width: 10, label: '' } },
      { selector: 'node.big, edge.big', style: { width: 40 } },
      { selector: '.big.named', style: { label: 'data(name)' } },
      { selector: 'node[type = "person"]', style: { shape: 'ellipse' } },
    ]);
    expect(cascade('node', {}, [])).toEqual({ width: 10, label: '' });
    expect(cascade('node', { name: 'Ann', type: 'person' }, ['big', 'named'])).toEqual({
      width: 40,
      label: 'Ann',
      shape: 'ellipse',
    });
    expect(cascade('edge', { name: 'owns' }, ['big', 'named'])).toEqual({
      width: 40,
      label: 'owns',
    });
  });

  it.each(['node > node', 'node:selected', '#tiktok', 'node[weight > 3]', '', 'edge .x'])(
    'refuses the selector "%s", which it could not match as cytoscape does',
    (selector) => {
      expect(() => parseSelector(selector)).toThrow(/unsupported selector/);
    },
  );

  it('reads numbers with units and falls back where a property is absent or not a number', () => {
    const style = { 'text-max-width': '140px', width: 3, shape: 'ellipse' };
    expect(numberOf(style, 'text-max-width', 0)).toBe(140);
    expect(numberOf(style, 'width', 0)).toBe(3);
    expect(numberOf(style, 'shape', 7)).toBe(7);
    expect(numberOf(style, 'height', 7)).toBe(7);
    expect(stringOf(style, 'shape', 'x')).toBe('ellipse');
    expect(stringOf(style, 'width', 'x')).toBe('x');
  });
});
