// Following evidence back to the text, and from the text back to the graph.
import { detailsPanel, expect, openExplorer, searchAndSelect, test } from './fixtures';

test('show in source opens the reader on the quoted span, highlighted and focused', async ({
  page,
}) => {
  await openExplorer(page);
  await searchAndSelect(page, 'USDS');
  const details = detailsPanel(page, 'U.S. Data Security (USDS)');
  const quote = details
    .locator('li', {
      has: page.locator('blockquote', { hasText: 'We created U.S. Data Security (USDS) in May' }),
    })
    .first();
  await quote.getByRole('button', { name: 'Show in source' }).click();
  const reader = page.getByRole('region', {
    name: 'Leaked Internal Tiktok Meetings Show China Repeatedly Accessed U.S User Data',
  });
  await expect(reader).toBeVisible();
  const focused = reader.locator('mark.focused');
  await expect(focused.first()).toBeFocused();
  await expect(focused.first()).toBeInViewport();
  await expect
    .poll(async () => (await focused.allTextContents()).join(''))
    .toBe('We created U.S. Data Security (USDS) in May');
  await expect(page).toHaveURL(
    /read=leaked-internal-tiktok-meetings-china-accessed-us-user-data&at=\d+-\d+/,
  );
  // What the text does not say is said to be unknown, not invented.
  await expect(reader.getByText('unknown — the source does not say').first()).toBeVisible();
});

test('clicking a mention in the reader selects its entity', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: /^Read “TikTok data of US users/ }).click();
  const reader = page.getByRole('region', {
    name: 'TikTok data of US users repeatedly accessed by China',
  });
  await reader.getByRole('button', { name: 'ByteDance', exact: true }).first().click();
  await expect(detailsPanel(page, 'ByteDance')).toBeVisible();
  await expect(page).toHaveURL(/sel=bytedance/);
});
