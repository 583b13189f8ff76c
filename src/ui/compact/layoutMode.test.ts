import { describe, expect, it } from 'vitest';
import { layoutModeFor } from './layoutMode';

describe('layoutModeFor', () => {
  it.each([
    [390, 844, 'phone'],
    [600, 900, 'phone'],
    [601, 900, 'tablet'],
    [768, 1024, 'tablet'],
    [1024, 768, 'tablet'],
    [1100, 800, 'tablet'],
    [1101, 800, 'desktop'],
    [1440, 900, 'desktop'],
    // A phone on its side: wide, but too low for the graph beside the panels.
    [844, 390, 'phone'],
    [1100, 500, 'phone'],
    [1100, 501, 'tablet'],
    // A low desktop window keeps its columns.
    [1440, 400, 'desktop'],
  ] as const)('%i×%i is a %s layout', (width, height, mode) => {
    expect(layoutModeFor(width, height)).toBe(mode);
  });
});
