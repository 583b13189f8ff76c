import { describe, expect, it } from 'vitest';
import { CANVAS_AT_1440_BY_900, measureOverview } from './layoutQuality';

describe('the layout of the bundled overview at 1440×900', () => {
  it('overlaps nothing, labels the ten best-connected entities and fills the canvas', async () => {
    const quality = await measureOverview(CANVAS_AT_1440_BY_900);
    const report = JSON.stringify(quality);
    expect(quality.nodeOverlaps, report).toBe(0);
    expect(quality.labelLabelOverlaps, report).toBe(0);
    expect(quality.labelNodeOverlaps, report).toBe(0);
    expect(quality.topConnectedUnlabelled, report).toEqual([]);
    expect(quality.topConnectedLabelled, report).toBe(10);
    // Labels are drawn at a size that can be read (not merely above cytoscape's cut-off).
    expect(quality.zoom * 14, report).toBeGreaterThanOrEqual(7);
    expect(quality.canvasShare, report).toBeGreaterThan(0.6);
    // Where it can, the layout keeps edges off unrelated nodes: it was 39 of 92 before.
    expect(quality.nodesUnderEdges, report).toBeLessThan(25);
  });
});
