import { describe, expect, it } from 'vitest';
import type { ChangeOrigin } from '../../viewState/changes';
import { DEFAULT_VIEW_STATE } from '../../viewState/viewState';
import { centresOnSelection } from './canvasWiring';

const viewport = { zoom: 2, panX: 10, panY: 20 };
const change = (origin: ChangeOrigin) => ({ origin, seq: 1 });

describe('centresOnSelection', () => {
  it('centres what was picked anywhere but on the canvas', () => {
    for (const origin of ['control', 'continuous', 'history'] as const) {
      expect(centresOnSelection(change(origin), DEFAULT_VIEW_STATE)).toBe(true);
      expect(centresOnSelection(change(origin), { ...DEFAULT_VIEW_STATE, viewport })).toBe(true);
    }
    expect(centresOnSelection(change('canvas'), DEFAULT_VIEW_STATE)).toBe(false);
  });

  it('keeps the viewport a link restores, and centres a link’s selection without one', () => {
    expect(centresOnSelection(change('link'), { ...DEFAULT_VIEW_STATE, viewport })).toBe(false);
    expect(centresOnSelection(change('link'), DEFAULT_VIEW_STATE)).toBe(true);
  });
});
