import { describe, expect, it } from 'vitest';
import { loadModel } from './loadModel';
import { searchEntities } from './search';
import { buildNewsGraph } from './testNewsGraph';

const model = loadModel(buildNewsGraph());

describe('searchEntities', () => {
  it('finds by label, exact match first', () => {
    const hits = searchEntities(model, 'TikTok', 5);
    expect(hits[0]).toMatchObject({ id: 'tiktok', label: 'TikTok', type: 'organization' });
    expect(hits[0]?.matchedAlias).toBeUndefined();
  });

  it('finds by alias and says which alias matched', () => {
    const hits = searchEntities(model, 'former President', 5);
    expect(hits[0]).toMatchObject({ id: 'donald-trump', matchedAlias: 'the former President' });
    expect(searchEntities(model, 'EO 13942', 3)[0]).toMatchObject({
      id: 'trump-eo',
      matchedAlias: 'EO 13942',
    });
  });

  it('tolerates typos', () => {
    expect(searchEntities(model, 'Bytedanse', 3)[0]?.id).toBe('bytedance');
  });

  it('searches claim statements', () => {
    const hits = searchEntities(model, 'nonpublic data', 5);
    expect(hits[0]).toMatchObject({ id: 'claim-engineers-access', type: 'claim' });
  });

  it('honours the limit and ignores blank queries', () => {
    expect(searchEntities(model, 'a', 2).length).toBeLessThanOrEqual(2);
    expect(searchEntities(model, '   ', 5)).toEqual([]);
    expect(searchEntities(model, 'trump', 0)).toEqual([]);
  });

  it('matches regardless of case and accents', () => {
    expect(searchEntities(model, 'BYTEDANCE', 1)[0]?.id).toBe('bytedance');
    expect(searchEntities(model, 'Bytédance', 1)[0]?.id).toBe('bytedance');
  });

  it('finds by id', () => {
    expect(searchEntities(model, 'joe-biden', 1)[0]).toMatchObject({ id: 'joe-biden', score: 0 });
  });

  it('ranks exact label over prefix over fuzzy', () => {
    const ids = searchEntities(model, 'Trump', 5).map((h) => h.id);
    // "Trump" is an alias of donald-trump (exact alias) and a prefix of "Trump executive order".
    expect(ids.indexOf('donald-trump')).toBeLessThan(ids.indexOf('trump-eo'));
  });
});
