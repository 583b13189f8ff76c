import { describe, expect, it } from 'vitest';
import { drawnClasses, drawnEdgeClasses, nodeLabelText } from './classes';
import { boundsOf, extentWithLabelRoom, fitViewport, veilExtent } from './fit';
import { labelTierOf } from './labels';

describe('fitViewport', () => {
  it('has nothing to fit without nodes', () => {
    expect(fitViewport([], { width: 800, height: 600 })).toBeNull();
  });

  it('centres the nodes with room for their labels, as large as the canvas allows', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 2000, y: 500 },
    ];
    const viewport = fitViewport(points, { width: 800, height: 600 })!;
    const extent = extentWithLabelRoom(points)!;
    // The extent's centre lands on the canvas's centre, and its width fills the padded canvas.
    expect(viewport.zoom * ((extent.x1 + extent.x2) / 2) + viewport.panX).toBeCloseTo(400);
    expect(viewport.zoom * ((extent.y1 + extent.y2) / 2) + viewport.panY).toBeCloseTo(300);
    expect(viewport.zoom * (extent.x2 - extent.x1)).toBeCloseTo(800 - 80);
  });

  it('does not blow a lone node up to fill the canvas', () => {
    expect(fitViewport([{ x: 10, y: 10 }], { width: 1200, height: 800 })?.zoom).toBe(1.5);
  });
});

describe('boundsOf and veilExtent', () => {
  const points = [
    { x: 10, y: -5 },
    { x: -20, y: 40 },
    { x: 0, y: 0 },
  ];

  it('box the points, and nothing when there are none', () => {
    expect(boundsOf(points)).toEqual({ x1: -20, y1: -5, x2: 10, y2: 40 });
    expect(boundsOf([])).toBeNull();
    expect(veilExtent([])).toBeNull();
  });

  it('reach the veil past the nodes on every side by the same margin', () => {
    const veil = veilExtent(points)!;
    const margin = veil.x2 - 10;
    expect(margin).toBeGreaterThan(0);
    expect([-20 - veil.x1, -5 - veil.y1, veil.y2 - 40]).toEqual([margin, margin, margin]);
  });
});

describe('the classes elements are drawn with', () => {
  it('lifts what the selection touches and drops the faded class for the veil', () => {
    expect(drawnClasses(['selected'], true)).toEqual(['selected', 'lifted']);
    expect(drawnClasses(['faded', 'derived'], true)).toEqual(['derived']);
    expect(drawnClasses(['selected'], false)).toEqual(['selected']);
  });

  it('curves an edge that has a bend', () => {
    const edge = { id: 'e', source: 'a', target: 'b', label: '', width: 1, classes: ['derived'] };
    expect(drawnEdgeClasses(edge, false, 40)).toEqual(['derived', 'curved']);
    expect(drawnEdgeClasses(edge, false, undefined)).toEqual(['derived']);
  });

  it('ranks labels: the selection first, then what it touches, then the rest', () => {
    expect(labelTierOf(['on-path'])).toBe('always');
    expect(labelTierOf(['neighbour-of-selected'])).toBe('preferred');
    expect(labelTierOf(['derived'])).toBe('other');
    expect(nodeLabelText(['disputed'], 'A claim')).toBe('A claim\n⚠ disputed');
  });
});
