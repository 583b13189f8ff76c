// "About this graph" (issue 17 §2): open on a first visit to the front page, remembered as seen,
// reachable from the header, closed with Escape, and axe-clean.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { expect, openExplorer, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function corpusDescriptionStart(): Promise<string> {
  const corpus = parse(await readFile('data/corpus.yaml', 'utf8')) as { description: string };
  return corpus.description.slice(0, 60);
}

test.describe('on a first visit', () => {
  test.use({ firstVisit: true });

  test('the dialog opens by itself with the corpus description, sources and how to read', async ({
    page,
  }) => {
    await page.goto('./');
    const about = page.getByRole('dialog', { name: /About this graph/ });
    await expect(about).toBeVisible();
    await expect(about).toContainText(await corpusDescriptionStart());
    await expect(about.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(about.getByRole('heading', { name: 'Origins outside the corpus' })).toBeVisible();
    await expect(about).toContainText('BuzzFeed News');
    await expect(about).toContainText('independent origins');
    await expect(about).toContainText('dashed line');
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(about).toBeHidden();
    await page.reload();
    await expect(page.getByTestId('status-line')).toContainText('Showing');
    await expect(page.getByRole('dialog', { name: /About this graph/ })).toBeHidden();
  });

  test('a shared link shows its view, not the dialog', async ({ page }) => {
    await openExplorer(page, '?sel=tiktok');
    await expect(page.getByRole('dialog', { name: /About this graph/ })).toBeHidden();
  });
});

test('the header opens it; Close returns to the page', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'About this graph' }).click();
  const about = page.getByRole('dialog', { name: /About this graph/ });
  await expect(about).toBeVisible();
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();
  await expect(page.getByRole('button', { name: 'About this graph' })).toBeVisible();
});
