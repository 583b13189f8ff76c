// "How is A connected to B": the chain of relations with each link's evidence.
import { expect, openExplorer, test } from './fixtures';

test('finds the shortest path between two entities and lists the evidence for each link', async ({
  page,
}) => {
  await openExplorer(page);
  const finder = page.getByRole('region', { name: 'Connection finder' });
  const from = finder.getByRole('combobox', { name: 'Path from entity' });
  await from.fill('Donald Trump');
  await from.press('Enter');
  const to = finder.getByRole('combobox', { name: 'Path to entity' });
  await to.fill('ByteDance');
  await to.press('Enter');
  await expect(page).toHaveURL(/pa=donald-trump&pb=bytedance/);
  await expect(
    finder.getByRole('heading', { name: /^Path 1 of \d+ \(\d+ steps?\)$/ }),
  ).toBeVisible();
  const firstPath = finder.locator('.path').first();
  await expect(firstPath.getByRole('button', { name: 'Donald Trump', exact: true })).toBeVisible();
  await expect(
    firstPath.getByRole('button', { name: 'ByteDance', exact: true }).first(),
  ).toBeVisible();
  await expect(firstPath.locator('blockquote').first()).not.toBeEmpty();

  await finder.getByRole('button', { name: 'Clear path' }).click();
  await expect(finder.getByRole('heading', { name: /^Path 1/ })).toHaveCount(0);
});
