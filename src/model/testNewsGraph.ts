// The shared test story: three sources on TikTok, its owner, an executive order and a leak.
import type { CompiledGraph } from '../schema/compiledGraph';
import { buildTestGraph } from './testGraph';

/**
 * A small news story. Dates are already expanded to days, as the compiler does:
 * 2020-08 → 2020-08-01..2020-08-31. Notable features: a parallel pair (tiktok/bytedance), an
 * open-ended interval, undated relations, an isolated entity, a disputed claim, a contradiction.
 */
export function buildNewsGraph(): CompiledGraph {
  return buildTestGraph({
    sources: ['s1', 's2', 's3'],
    formerIds: { 'tik-tok': 'tiktok' },
    entities: [
      {
        id: 'donald-trump',
        label: 'Donald Trump',
        type: 'person',
        aliases: ['Trump', 'the former President'],
      },
      {
        id: 'trump-eo',
        label: 'Trump executive order',
        type: 'government_action',
        aliases: ['EO 13942'],
      },
      { id: 'tiktok', label: 'TikTok', aliases: ['Tiktok'], formerIds: ['tiktok-inc'] },
      { id: 'bytedance', label: 'ByteDance' },
      { id: 'us-user-data', label: 'US user data', type: 'data_asset' },
      { id: 'china', label: 'China', type: 'place' },
      { id: 'singapore', label: 'Singapore', type: 'place' },
      { id: 'engineers', label: 'China-based engineers', type: 'group' },
      { id: 'buzzfeed', label: 'BuzzFeed News' },
      { id: 'joe-biden', label: 'Joe Biden', type: 'person' },
      { id: 'oracle', label: 'Oracle' },
    ],
    relations: [
      {
        id: 'trump-signed-eo',
        subject: 'donald-trump',
        predicate: 'signed',
        object: 'trump-eo',
        date: '2020-08',
        days: ['2020-08-01', '2020-08-31'],
        sources: ['s1'],
      },
      {
        id: 'eo-targets-tiktok',
        subject: 'trump-eo',
        predicate: 'targets',
        object: 'tiktok',
        date: '2020-08',
        days: ['2020-08-01', '2020-08-31'],
        sources: ['s1', 's2'],
      },
      {
        id: 'bytedance-owns-tiktok',
        subject: 'bytedance',
        predicate: 'owns',
        object: 'tiktok',
        sources: ['s1', 's2', 's3'],
      },
      {
        id: 'tiktok-part-of-bytedance',
        subject: 'tiktok',
        predicate: 'part_of',
        object: 'bytedance',
        sources: ['s2'],
      },
      {
        id: 'engineers-accessed-data',
        subject: 'engineers',
        predicate: 'accessed',
        object: 'us-user-data',
        date: '2021-09/2022-01',
        days: ['2021-09-01', '2022-01-31'],
        sources: ['s2'],
      },
      {
        id: 'engineers-employed-by-bytedance',
        subject: 'engineers',
        predicate: 'employed_by',
        object: 'bytedance',
        date: '2022',
        days: ['2022-01-01', '2022-12-31'],
        sources: ['s2'],
      },
      {
        id: 'engineers-based-in-china',
        subject: 'engineers',
        predicate: 'based_in',
        object: 'china',
        sources: ['s2', 's3'],
      },
      {
        id: 'buzzfeed-investigated-tiktok',
        subject: 'buzzfeed',
        predicate: 'investigated',
        object: 'tiktok',
        date: '2022-06-17',
        days: ['2022-06-17', '2022-06-17'],
        sources: ['s2'],
      },
      {
        id: 'biden-revoked-eo',
        subject: 'joe-biden',
        predicate: 'revoked',
        object: 'trump-eo',
        date: '2021-06-09',
        days: ['2021-06-09', '2021-06-09'],
        sources: ['s3'],
      },
      {
        id: 'data-stored-in-singapore',
        subject: 'us-user-data',
        predicate: 'stored_in',
        object: 'singapore',
        date: '2019-10/..',
        days: ['2019-10-01', null],
        sources: ['s1'],
      },
    ],
    claims: [
      {
        id: 'claim-data-in-us',
        label: 'US data is stored in the US',
        statement: 'TikTok stores all US user data in the United States.',
        claimant: 'tiktok',
        date: '2019-10',
        days: ['2019-10-01', '2019-10-31'],
        about: ['us-user-data'],
        sources: ['s1'],
        contradictedBy: ['engineers-accessed-data', 'claim-engineers-access'],
      },
      {
        id: 'claim-engineers-access',
        label: 'Engineers in China accessed US data',
        statement: 'Engineers in China repeatedly accessed nonpublic data about US users.',
        claimant: 'buzzfeed',
        date: '2022-06',
        days: ['2022-06-01', '2022-06-30'],
        about: ['us-user-data', 'engineers'],
        sources: ['s2'],
        supportedBy: ['engineers-accessed-data'],
      },
    ],
  });
}
