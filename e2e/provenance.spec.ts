// According to whom: attribution, independent origins and honest corroboration (issue 15), as a
// fact-checker would meet them: the panels say who says what and how often it was really said,
// filters hide what only hidden sources say, and paths do not run through statements unasked.
import { detailsPanel, expect, openExplorer, test } from './fixtures';
import { drawnIds, fetchCorpus } from './helpers';

const CENTRAL = 'china-based-employees-accessed-us-user-data';
const LEAKED_AUDIO = 'Leaked Audio From TikTok Shows That US Data Has Been Accessed From China';

test('the central allegation is BuzzFeed News’s, from one independent origin', async ({ page }) => {
  await openExplorer(page, `?sel=${CENTRAL}`);
  const panel = detailsPanel(page, /China-based employees accessed US user data/);
  await expect(panel).toBeVisible();
  await expect(panel.getByText(/according to BuzzFeed News/).first()).toBeVisible();
  await expect(panel).toContainText('3 sources · 1 independent origin (BuzzFeed News)');
  await expect(panel).toContainText(/attributed: The source reports what a named party says/);
  // Two articles say "accessed" only in their headlines: listed, marked, not counted.
  await expect(panel.getByText('headline only', { exact: true })).toHaveCount(2);
  await expect(panel).toContainText('2 headline only, not counted');
});

test('"Sources differ" shows each article’s reading side by side', async ({ page }) => {
  await openExplorer(page, `?sel=${CENTRAL}`);
  const differ = page.getByRole('region', { name: 'Sources differ' });
  await expect(differ).toBeVisible();
  const who = differ.getByRole('table', { name: 'who had or used the access' });
  await expect(
    who.getByRole('row', {
      name: /Leaked Internal Tiktok Meetings.*TikTok employees based in China/,
    }),
  ).toBeVisible();
  await expect(
    who.getByRole('row', {
      name: /TikTok data of US users.*China-based employees of TikTok's parent company ByteDance/,
    }),
  ).toBeVisible();
  await expect(differ.getByRole('table', { name: 'accessed, or had access' })).toContainText(
    'repeatedly accessed US data',
  );
});

test('a date read against an estimated writing date shows as estimated, with its basis', async ({
  page,
}) => {
  await openExplorer(page, '?sel=biden-revoked-executive-order');
  const panel = detailsPanel(page, /Joe Biden revoked/);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('≈ 2021 (estimated)');
  await expect(panel).toContainText(
    'Read against when “Leaked Internal Tiktok Meetings Show China Repeatedly Accessed U.S User Data” was written, which is itself estimated',
  );
  // Basis in words and titles, never raw ids.
  await expect(panel).not.toContainText(
    'leaked-internal-tiktok-meetings-china-accessed-us-user-data',
  );

  // The date filter can leave estimates out; the switch is in the link.
  await page.getByRole('checkbox', { name: 'Include estimated dates' }).uncheck();
  await expect(page).toHaveURL(/est=0/);
  await expect.poll(() => drawnIds(page, ['biden-revoked-executive-order'])).toEqual([]);
});

test('unchecking a source hides a claim only it supports, and its quotes leave the panels', async ({
  page,
}) => {
  const claim = 'claim-headline-leaked-audio';
  await openExplorer(page, `?sel=${CENTRAL}`);
  await expect.poll(() => drawnIds(page, [claim])).toEqual([claim]);
  const panel = detailsPanel(page, /China-based employees accessed US user data/);
  await expect(panel.getByRole('blockquote').filter({ hasText: LEAKED_AUDIO })).toHaveCount(1);

  await page.getByRole('checkbox', { name: LEAKED_AUDIO }).uncheck();
  await expect(page).toHaveURL(/src=/);
  await expect.poll(() => drawnIds(page, [claim])).toEqual([]);
  await expect(panel.getByRole('blockquote').filter({ hasText: LEAKED_AUDIO })).toHaveCount(0);
  await expect(panel).toContainText('1 quote from unchecked sources not shown.');
});

test('"at least 2 independent origins" hides single-origin claims, however many sources', async ({
  page,
}) => {
  await openExplorer(page);
  const corpus = await fetchCorpus(page);
  const claims = corpus.nodes.filter((node) => node.attributes.claim);
  const single = claims
    .filter((node) => (node.attributes.claim?.origins.length ?? 0) < 2)
    .map((node) => node.key);
  const several = claims
    .filter((node) => (node.attributes.claim?.origins.length ?? 0) >= 2)
    .map((node) => node.key);
  expect(single).toContain('claim-buzzfeed-review-finding'); // three articles, one report
  expect(several.length).toBeGreaterThan(0);
  expect(await drawnIds(page, ['claim-buzzfeed-review-finding'])).toEqual([
    'claim-buzzfeed-review-finding',
  ]);

  await page
    .getByRole('spinbutton', { name: /Supported by at least.*independent origins/ })
    .fill('2');
  await expect(page).toHaveURL(/min=2/);
  await expect.poll(() => drawnIds(page, single)).toEqual([]);
  expect(await drawnIds(page, several)).toEqual(several);
});

test('the path from Oracle Cloud Infrastructure to the National Intelligence Law runs through relations, unless statements are asked for', async ({
  page,
}) => {
  await openExplorer(page, '?pa=oracle-cloud-infrastructure&pb=national-intelligence-law');
  const finder = page.getByRole('region', { name: 'Connection finder' });
  const chain = finder.locator('.path').first();
  await expect(finder.getByRole('heading', { name: /^Path 1 of \d+ \(6 steps\)$/ })).toBeVisible();
  await expect(chain.getByText(/^according to /).first()).toBeVisible();
  // No claim on the way: every link is a relation.
  const corpus = await fetchCorpus(page);
  const claimLabels = corpus.nodes
    .filter((node) => node.attributes.claim)
    .map((node) => node.attributes.label);
  const buttons = await chain.getByRole('button').allTextContents();
  expect(buttons.filter((text) => claimLabels.includes(text))).toEqual([]);

  await finder.getByRole('checkbox', { name: /Include statements/ }).check();
  await expect(page).toHaveURL(/pclaims=1/);
  await expect(finder.getByRole('heading', { name: /^Path 1 of \d+ \(4 steps\)$/ })).toBeVisible();
  await expect(
    finder
      .locator('.path')
      .first()
      .getByRole('button', { name: /TikTok/ })
      .first(),
  ).toBeVisible();
  const through = await finder.locator('.path').first().getByRole('button').allTextContents();
  expect(through.some((text) => claimLabels.includes(text))).toBe(true);
});

test('"Contradicted by" names who claims each item and how', async ({ page }) => {
  await openExplorer(page, '?sel=claim-tiktok-china-has-no-access');
  const panel = page
    .getByRole('region')
    .filter({ has: page.getByRole('heading', { name: 'Contradicted by' }) });
  const items = panel.locator('.linked-list > li');
  await expect(items.first()).toBeVisible();
  await expect(
    items.filter({ hasText: /claimed by BuzzFeed News.*attributed/ }).first(),
  ).toBeVisible();
  await expect(items.filter({ hasText: /· opinion ·/ }).first()).toBeVisible();
});
