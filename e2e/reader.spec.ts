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

test('the source texts are fetched once, when the reader first opens', async ({ page }) => {
  const textRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/corpus.texts.json')) textRequests.push(request.url());
  });
  await openExplorer(page);
  await expect(page.getByRole('button', { name: /^Read “TikTok data of US users/ })).toBeVisible();
  expect(textRequests).toEqual([]);
  await page.getByRole('button', { name: /^Read “TikTok data of US users/ }).click();
  const first = page.getByRole('region', {
    name: 'TikTok data of US users repeatedly accessed by China',
  });
  await expect(first.getByRole('button', { name: 'ByteDance', exact: true }).first()).toBeVisible();
  await first.getByRole('button', { name: 'Close source' }).click();
  await page.getByRole('button', { name: /^Read “Leaked Audio From TikTok/ }).click();
  const second = page.getByRole('region', { name: /^Leaked Audio From TikTok/ });
  await expect(second.getByRole('button', { name: 'TikTok', exact: true }).first()).toBeVisible();
  expect(textRequests).toHaveLength(1);
});

test('texts from another compile are refused, and the reader says so', async ({ page }) => {
  await page.route('**/corpus.texts.json', async (route) => {
    const response = await route.fetch();
    const texts = (await response.json()) as { digest: string };
    await route.fulfill({ response, json: { ...texts, digest: 'from-another-compile' } });
  });
  await openExplorer(page);
  await page.getByRole('button', { name: /^Read “TikTok data of US users/ }).click();
  const reader = page.getByRole('region', {
    name: 'TikTok data of US users repeatedly accessed by China',
  });
  await expect(reader.getByRole('alert')).toContainText('The text could not be loaded');
  await expect(reader.getByRole('alert')).toContainText('another compile of the graph');
  // What the graph itself knows about the source is still there, and so is the rest of the page.
  await expect(reader.getByRole('term').filter({ hasText: /^Publisher$/ })).toBeVisible();
  await reader.getByRole('button', { name: 'Close source' }).click();
  await searchAndSelect(page, 'ByteDance');
  await expect(detailsPanel(page, 'ByteDance')).toBeVisible();
});

test.describe('when the texts file is missing', () => {
  test.use({ expectedProblems: [/404/] });

  test('the reader says the text could not be loaded, and tries again when reopened', async ({
    page,
  }) => {
    let refused = 0;
    await page.route('**/corpus.texts.json', async (route) => {
      if (refused > 0) return route.fallback();
      refused += 1;
      return route.fulfill({ status: 404, body: 'not found' });
    });
    await openExplorer(page);
    const read = page.getByRole('button', { name: /^Read “TikTok data of US users/ });
    await read.click();
    const reader = page.getByRole('region', {
      name: 'TikTok data of US users repeatedly accessed by China',
    });
    await expect(reader.getByRole('alert')).toContainText('The text could not be loaded: 404');
    await reader.getByRole('button', { name: 'Close source' }).click();
    await read.click();
    await expect(
      reader.getByRole('button', { name: 'ByteDance', exact: true }).first(),
    ).toBeVisible();
    await expect(reader.getByRole('alert')).toHaveCount(0);
  });
});
