import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseNodeLabels,
  labelBox,
  NODE_LABEL,
  nodeBox,
  nodeLabelsReadableAt,
  type LabelCandidate,
  type LabelTier,
} from './labelPlacement';

const area = { width: 800, height: 600, zoom: 1 };

const node = (
  id: string,
  x: number,
  y: number,
  options: { priority?: number; tier?: LabelTier; label?: string } = {},
): LabelCandidate => ({
  id,
  x,
  y,
  size: NODE_LABEL.nodeSize,
  label: options.label ?? id,
  priority: options.priority ?? 0,
  tier: options.tier ?? 'other',
});

const overlap = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>): boolean =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('labelBox', () => {
  it('hangs below the node, scales with the zoom and wraps long labels at the maximum width', () => {
    const short = labelBox(node('a', 100, 100, { label: 'Oracle' }), 1);
    expect(short.y1).toBe(100 + NODE_LABEL.nodeSize / 2 + NODE_LABEL.marginY);
    expect((short.x1 + short.x2) / 2).toBe(100);
    const zoomed = labelBox(node('a', 100, 100, { label: 'Oracle' }), 2);
    expect(zoomed.x2 - zoomed.x1).toBeCloseTo(2 * (short.x2 - short.x1));
    const long = labelBox(
      node('b', 100, 100, { label: 'Counter-Espionage Law of the People’s Republic of China' }),
      1,
    );
    expect(long.x2 - long.x1).toBe(NODE_LABEL.maxWidth);
    expect(long.y2 - long.y1).toBeGreaterThan(2 * (short.y2 - short.y1));
    // The disputed marker is a line of its own.
    const disputed = labelBox(node('c', 100, 100, { label: 'Oracle\n⚠ disputed' }), 1);
    expect(disputed.y2 - disputed.y1).toBeCloseTo(2 * (short.y2 - short.y1));
  });
});

describe('chooseNodeLabels', () => {
  it('gives contested room to the better-connected node and keeps distant labels', () => {
    const chosen = chooseNodeLabels(
      [
        node('minor', 200, 200, { priority: 1 }),
        node('hub', 205, 205, { priority: 9 }),
        node('far', 600, 200, { priority: 0 }),
      ],
      area,
    );
    expect([...chosen].sort()).toEqual(['far', 'hub']);
  });

  it('draws no label over another node, however well connected its own node is', () => {
    // "covered" sits right under the hub, where the hub's label would go; "beside" is clear of it.
    const chosen = chooseNodeLabels(
      [
        node('hub', 200, 200, { priority: 9, label: 'A hub with a long name' }),
        node('covered', 200, 240, { priority: 1 }),
        node('beside', 500, 200, { priority: 1 }),
      ],
      area,
    );
    expect([...chosen].sort()).toEqual(['beside', 'covered']);
  });

  it('labels nothing but the selection while labels are too small to read', () => {
    const zoom = 0.3;
    expect(nodeLabelsReadableAt(zoom)).toBe(false);
    const chosen = chooseNodeLabels(
      [
        node('picked', 100, 100, { tier: 'always' }),
        node('neighbour', 400, 100, { tier: 'preferred' }),
        node('other', 700, 100, { priority: 99 }),
      ],
      { ...area, zoom },
    );
    expect([...chosen].sort()).toEqual(['neighbour', 'picked']);
  });

  it('never refuses an always-labelled node, and the others keep clear of it', () => {
    const chosen = chooseNodeLabels(
      [
        node('hub', 200, 200, { priority: 50 }),
        node('picked', 202, 202, { tier: 'always' }),
        node('edge-of-canvas', 795, 590, { tier: 'always' }),
      ],
      area,
    );
    expect([...chosen].sort()).toEqual(['edge-of-canvas', 'picked']);
  });

  it('leaves out labels that would cross the canvas edge, and empty labels', () => {
    const chosen = chooseNodeLabels(
      [node('left', 5, 100), node('bottom', 400, 595), node('blank', 400, 100, { label: '' })],
      area,
    );
    expect(chosen.size).toBe(0);
  });

  it('never places two labels that touch, whatever the nodes', () => {
    const candidate = fc.record({
      // Integers: fast-check's doubles crowd around zero, which would leave the canvas empty.
      x: fc.integer({ min: -50, max: 850 }),
      y: fc.integer({ min: -50, max: 650 }),
      priority: fc.nat(20),
      label: fc.string({ minLength: 1, maxLength: 60 }),
    });
    fc.assert(
      fc.property(
        fc.array(candidate, { minLength: 10, maxLength: 80 }),
        fc.integer({ min: 2, max: 30 }).map((tenths) => tenths / 10),
        (nodes, zoom) => {
          const candidates = nodes.map((n, index) => node(`n${index}`, n.x, n.y, n));
          const chosen = chooseNodeLabels(candidates, { ...area, zoom });
          const boxes = candidates.filter((c) => chosen.has(c.id)).map((c) => labelBox(c, zoom));
          for (const box of boxes) {
            expect(box.x1).toBeGreaterThanOrEqual(0);
            expect(box.y2).toBeLessThanOrEqual(area.height);
          }
          for (let i = 0; i < boxes.length; i += 1)
            for (let j = i + 1; j < boxes.length; j += 1)
              expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
          // When none is placed, each was refused for a reason: its label would leave the canvas,
          // or cover another node (labels are never drawn over a node).
          if (!nodeLabelsReadableAt(zoom)) expect(chosen.size).toBe(0);
          else if (candidates.length > 0 && boxes.length === 0)
            expect(
              candidates.every((c) => {
                const box = labelBox(c, zoom);
                const offCanvas =
                  box.x1 < 0 || box.y1 < 0 || box.x2 > area.width || box.y2 > area.height;
                return (
                  offCanvas || candidates.some((d) => d !== c && overlap(box, nodeBox(d, zoom)))
                );
              }),
            ).toBe(true);
        },
      ),
    );
  });
});
