// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './afterNextPaint';

describe('afterNextPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs in the task after the next frame, not in the frame itself', () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('after the paint'));
    requestAnimationFrame(() => order.push('frame'));
    expect(order).toEqual([]);
    vi.advanceTimersToNextFrame();
    expect(order).toEqual(['frame']);
    vi.runOnlyPendingTimers();
    expect(order).toEqual(['frame', 'after the paint']);
  });

  it('can be cancelled before the frame and between the frame and its task', () => {
    const ran = vi.fn();
    afterNextPaint(ran)();
    const cancelLater = afterNextPaint(ran);
    vi.advanceTimersToNextFrame();
    cancelLater();
    vi.runAllTimers();
    expect(ran).not.toHaveBeenCalled();
  });
});
