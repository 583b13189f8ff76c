import { describe, expect, it } from 'vitest';
import { iterationsFor, layoutGraph } from './layoutGraph';

describe('layoutGraph', () => {
  const nodes = Array.from({ length: 60 }, (_, i) => `n${i}`);
  const links = nodes.map((n, i) => [n, `n${(i * 7 + 3) % 60}`] as const);

  it('is deterministic and independent of input order', () => {
    const a = layoutGraph(nodes, links);
    const b = layoutGraph([...nodes].reverse(), links);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });

  it('gives finite positions rounded to 2 decimals, isolated nodes included', () => {
    const positions = layoutGraph([...nodes, 'alone'], links);
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 100) / 100).toBe(x);
      expect(Math.round(y * 100) / 100).toBe(y);
    }
    expect(positions.size).toBe(61);
  });

  it('scales iterations down as graphs grow', () => {
    expect(iterationsFor(50)).toBe(300);
    expect(iterationsFor(2000)).toBeLessThan(300);
    expect(iterationsFor(50_000)).toBeGreaterThanOrEqual(1);
    expect(iterationsFor(50_000)).toBeLessThan(iterationsFor(10_000));
  });
});
