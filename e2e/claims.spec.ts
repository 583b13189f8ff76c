// Claims are first-class: who said it, when, and what contradicts it.
import { detailsPanel, expect, openExplorer, searchAndSelect, test } from './fixtures';

test('a disputed claim shows its marker and the quotes that contradict it', async ({ page }) => {
  await openExplorer(page);
  await searchAndSelect(page, 'US-based security team decides');
  const claim = detailsPanel(page, 'A US-based security team decides who gets access');
  await expect(claim).toBeVisible();
  await expect(claim.getByText(/disputed/).first()).toBeVisible();
  await expect(claim.getByRole('button', { name: 'TikTok executive' })).toBeVisible();
  await expect(claim.getByRole('heading', { name: 'Contradicted by' })).toBeVisible();
  const contradictions = claim.locator('.linked-list > li');
  await expect(contradictions.first().locator('blockquote').first()).not.toBeEmpty();

  // The marker is in the list too, as text.
  const option = page
    .getByRole('listbox', { name: /Entities shown/ })
    .getByRole('option', { selected: true });
  await expect(option).toContainText('disputed');

  // Follow a contradiction to what it is.
  await contradictions.first().getByRole('button').first().click();
  await expect(
    page
      .getByRole('region')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
      .first(),
  ).toBeVisible();
});

test('the timeline and the graph select together', async ({ page }) => {
  await openExplorer(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const item = timeline.getByRole('option', { name: /signed/ }).first();
  await item.click();
  await expect(item).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: /signed/ })).toBeVisible();

  await page.getByLabel('From', { exact: true }).fill('2021-01-01');
  await expect(timeline.getByRole('heading')).toContainText('2021-01-01');
  await expect(timeline.getByRole('option', { name: /signed/ })).toHaveCount(0);
});
