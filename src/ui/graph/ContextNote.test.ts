import { describe, expect, it } from 'vitest';
import { describeDrawn } from './ContextNote';

describe('describeDrawn', () => {
  it('says every entity is drawn, and how many are labelled', () => {
    expect(describeDrawn(10000, 10000, 200)).toBe('all 10,000 entities; 200 labelled');
  });

  it('says "matching" when the filters left some out', () => {
    expect(describeDrawn(8123, 10000, 200)).toBe('all 8,123 matching entities; 200 labelled');
  });
});
