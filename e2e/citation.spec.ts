// Copy citation: a relation, a claim or one quote goes on the clipboard as a reporter would cite
// it, with the source's title, the quote and who it is according to; refused clipboards fall back.
import { expect, openExplorer, test } from './fixtures';

const SOURCE_TITLE = 'TikTok data of US users repeatedly accessed by China';

test('a relation’s citation says what it says, how, from which source, with the quote', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page, '?sel=bytedance-owns-tiktok');
  const copied = page.getByRole('status').filter({ hasText: 'Citation copied' });
  await expect(copied).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy citation of this relation' }).click();
  await expect(copied).toBeVisible();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  const [head, ...quotes] = citation.split('\n');
  expect(head).toMatch(/^ByteDance owns TikTok \(reported.*; 1 source, 1 independent origin\)$/);
  expect(quotes).toHaveLength(1);
  expect(quotes[0]).toContain('“its parent company ByteDance” — according to');
  // The source by title, with its estimated date (it gives none).
  expect(quotes[0]).toContain(`“${SOURCE_TITLE}”, 2022 (estimated).`);
});

test('one quote’s citation names its source and who it is according to', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page, '?sel=tiktok-owns-data-centers');
  await page
    .getByRole('button', { name: `Copy citation of the quote from ${SOURCE_TITLE}` })
    .first()
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toMatch(/^“Our data centers” — according to .+ \(attributed\)\. /);
  expect(citation).toContain(`“${SOURCE_TITLE}”`);
});

test.describe('a refused clipboard', () => {
  // The fallback is a prompt holding the citation; the fixture dismisses it and records it.
  test.use({ expectedProblems: [/^dialog: prompt Copy this citation/] });

  test('offers the citation to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText: () => Promise.reject(new Error('denied')) }),
      });
    });
    await openExplorer(page, '?sel=bytedance-owns-tiktok');
    const offered = new Promise<string>((resolve) => {
      page.once('dialog', (dialog) => {
        resolve(dialog.defaultValue());
      });
    });
    await page.getByRole('button', { name: 'Copy citation of this relation' }).click();
    expect(await offered).toMatch(/^ByteDance owns TikTok \(reported/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Copy the citation from the dialog' }),
    ).toBeVisible();
  });
});
