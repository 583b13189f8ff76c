import { describe, expect, it } from 'vitest';
import { frameFor, pointExtent } from './pictureWithContext';
import type { RenderContext } from './types';

function layerAt(points: [number, number][]): RenderContext {
  return {
    ids: points.map((_, i) => `p${i}`),
    x: points.map(([x]) => x),
    y: points.map(([, y]) => y),
    types: points.map(() => 0),
    typeNames: ['person'],
    communities: points.map(() => -1),
    links: [],
    regions: [],
  };
}

describe('the overview picture', () => {
  it('spans every point', () => {
    expect(
      pointExtent(
        layerAt([
          [3, -1],
          [-7, 4],
          [10, 2],
        ]),
      ),
    ).toEqual({ x1: -7, y1: -1, x2: 10, y2: 4 });
    expect(pointExtent(layerAt([]))).toBeNull();
  });

  it('frames the interactive picture and the points with a margin, at the asked scale', () => {
    const picture = { x1: 0, y1: 0, x2: 100, y2: 50 };
    expect(frameFor(picture, { x1: -200, y1: 10, x2: 50, y2: 300 }, 2)).toEqual({
      extent: { x1: -220, y1: -10, x2: 100, y2: 320 },
      scale: 2,
    });
    // Points inside the picture's frame leave it as it is.
    expect(frameFor(picture, { x1: 30, y1: 25, x2: 40, y2: 30 }, 2).extent).toEqual(picture);
    expect(frameFor(picture, null, 2)).toEqual({ extent: picture, scale: 2 });
  });

  it('lowers the scale so that no side passes what a browser can encode', () => {
    const { scale } = frameFor(
      { x1: 0, y1: 0, x2: 10, y2: 10 },
      { x1: 0, y1: 0, x2: 20_000, y2: 5 },
      2,
    );
    expect(scale).toBeCloseTo(8192 / 20_040);
  });
});
