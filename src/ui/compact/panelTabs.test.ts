import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PANEL_TABS, initialPanelTab, moveTab, panelTabsFor, type PanelTab } from './panelTabs';

describe('panelTabsFor', () => {
  it('gives a phone every panel, the timeline among them', () => {
    expect(panelTabsFor('phone')).toEqual([
      'details',
      'entities',
      'filters',
      'reader',
      'timeline',
      'paths',
    ]);
  });

  it('leaves the timeline under the graph on a tablet', () => {
    expect(panelTabsFor('tablet')).toEqual(['details', 'entities', 'filters', 'reader', 'paths']);
  });
});

describe('initialPanelTab', () => {
  it('opens the reader when the link reads a source, even with a selection', () => {
    expect(initialPanelTab({ selected: 'tiktok', readerSource: 'a-source' })).toBe('reader');
  });

  it('opens the details of a selection', () => {
    expect(initialPanelTab({ selected: 'tiktok', readerSource: null })).toBe('details');
  });

  it('opens the entity list otherwise', () => {
    expect(initialPanelTab({ selected: null, readerSource: null })).toBe('entities');
  });
});

describe('moveTab', () => {
  const tabs = panelTabsFor('tablet');

  it('moves right and left, wrapping round the ends', () => {
    expect(moveTab('ArrowRight', 'details', tabs)).toBe('entities');
    expect(moveTab('ArrowRight', 'paths', tabs)).toBe('details');
    expect(moveTab('ArrowLeft', 'details', tabs)).toBe('paths');
    expect(moveTab('ArrowLeft', 'filters', tabs)).toBe('entities');
  });

  it('goes to the first and last tab with Home and End', () => {
    expect(moveTab('Home', 'reader', tabs)).toBe('details');
    expect(moveTab('End', 'entities', tabs)).toBe('paths');
  });

  it('ignores other keys, and has nowhere to go without tabs', () => {
    expect(moveTab('ArrowDown', 'details', tabs)).toBeNull();
    expect(moveTab('Enter', 'details', tabs)).toBeNull();
    expect(moveTab('ArrowRight', 'details', [])).toBeNull();
  });

  it('comes back to where it started after a full round, either way', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PanelTab>(...PANEL_TABS),
        fc.constantFrom('ArrowRight', 'ArrowLeft'),
        (start, key) => {
          let tab: PanelTab = start;
          for (let i = 0; i < PANEL_TABS.length; i += 1) tab = moveTab(key, tab, PANEL_TABS) ?? tab;
          expect(tab).toBe(start);
        },
      ),
    );
  });
});
