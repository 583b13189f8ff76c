import { describe, expect, it } from 'vitest';
import {
  SOURCES_LISTED_IN_FULL,
  SOURCES_LISTED_MAX,
  sourceListWindow,
  type ListedSource,
} from './sourceListWindow';

const sources = (count: number): ListedSource[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `s${String(i).padStart(3, '0')}`,
    title: i % 10 === 7 ? `Leaked audio, part ${i}` : `Report ${i}`,
    publisher: i % 2 === 0 ? 'BuzzFeed News' : 'The Verge',
  }));

describe('sourceListWindow', () => {
  it('lists a handful of sources in full, with no search field, whatever the query', () => {
    const few = sources(SOURCES_LISTED_IN_FULL);
    expect(sourceListWindow(few, 'zzz')).toEqual({
      ids: few.map((s) => s.id),
      notListed: 0,
      searchable: false,
    });
  });

  it('bounds a long list and says how many more match', () => {
    const many = sources(800);
    const window = sourceListWindow(many, '');
    expect(window.searchable).toBe(true);
    expect(window.ids).toHaveLength(SOURCES_LISTED_MAX);
    expect(window.ids[0]).toBe('s000');
    expect(window.notListed).toBe(800 - SOURCES_LISTED_MAX);
  });

  it('narrows by title, publisher or id, ignoring case and surrounding spaces', () => {
    const many = sources(800);
    const leaked = sourceListWindow(many, '  LEAKED audio ');
    expect(leaked.ids).toHaveLength(SOURCES_LISTED_MAX);
    expect(leaked.notListed).toBe(80 - SOURCES_LISTED_MAX);
    expect(leaked.ids.every((id) => Number(id.slice(1)) % 10 === 7)).toBe(true);
    expect(sourceListWindow(many, 'verge').notListed).toBe(400 - SOURCES_LISTED_MAX);
    expect(sourceListWindow(many, 's799').ids).toEqual(['s799']);
    expect(sourceListWindow(many, 'nothing like this')).toMatchObject({
      ids: [],
      notListed: 0,
    });
  });
});
