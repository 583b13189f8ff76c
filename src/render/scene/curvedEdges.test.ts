import { describe, expect, it } from 'vitest';
import { BEND_STEP, edgeBends, MAX_FAN } from './curvedEdges';

const edge = (id: string, source: string, target: string) => ({ id, source, target });

describe('edgeBends', () => {
  it('bends edges that share their ends, and marks loops', () => {
    const bends = edgeBends([
      edge('ab', 'a', 'b'),
      edge('ab2', 'a', 'b'),
      edge('ac', 'a', 'c'),
      edge('dd', 'd', 'd'),
      edge('cd', 'c', 'd'),
    ]);
    expect([...bends.keys()].sort()).toEqual(['ab', 'ab2', 'dd']);
    expect(bends.get('dd')).toBe(0);
    expect(Math.abs(bends.get('ab')! - bends.get('ab2')!)).toBe(BEND_STEP);
  });

  it('spreads a bundle symmetrically, the middle edge of an odd bundle straight', () => {
    const bends = edgeBends([edge('1', 'a', 'b'), edge('2', 'a', 'b'), edge('3', 'a', 'b')]);
    expect([bends.get('1'), bends.get('2'), bends.get('3')]).toEqual([-BEND_STEP, 0, BEND_STEP]);
  });

  it('keeps opposite edges apart: each bend is relative to its own direction', () => {
    const bends = edgeBends([edge('there', 'a', 'b'), edge('back', 'b', 'a')]);
    // In space, an offset is relative to a → b: flip the one that runs b → a.
    const inSpace = [bends.get('there')!, -bends.get('back')!];
    expect(inSpace.sort((x, y) => x - y)).toEqual([-BEND_STEP / 2, BEND_STEP / 2]);
  });

  it('leaves a graph without parallel edges straight', () => {
    expect(edgeBends([edge('1', 'a', 'b'), edge('2', 'b', 'c'), edge('3', 'c', 'a')]).size).toBe(0);
  });

  it('does not confuse ids that concatenate alike', () => {
    expect(edgeBends([edge('1', 'a', 'bc'), edge('2', 'ab', 'c')]).size).toBe(0);
  });

  it('narrows a large bundle to the widest fan', () => {
    const many = Array.from({ length: 101 }, (_, i) => edge(`e${i}`, 'a', 'b'));
    const bends = [...edgeBends(many).values()];
    expect(Math.max(...bends) - Math.min(...bends)).toBeCloseTo(MAX_FAN);
    expect(new Set(bends).size).toBe(101);
  });
});
