// The legend beside the graph (issue 17): always in view at a laptop size, explaining "disputed".
import { expect, openExplorer, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

test('the legend beside the graph is in the viewport, says what disputed means, and folds', async ({
  page,
}) => {
  await openExplorer(page);
  const legend = page.getByRole('list', { name: 'What the graph shows' });
  await expect(legend).toBeInViewport({ ratio: 1 });
  await expect(legend.getByRole('listitem').filter({ hasText: /disputed/i })).toHaveCount(1);
  await expect(legend.getByRole('listitem').filter({ hasText: 'Organization' })).toHaveCount(1);
  await page.getByText('Legend', { exact: true }).click();
  await expect(legend).toBeHidden();
  await page.getByText('Legend', { exact: true }).click();
  await expect(legend).toBeVisible();
});

test('the legend names the marks the view draws, the dashed line of a statement among them, and no others', async ({
  page,
}) => {
  await openExplorer(page);
  const legend = page.getByRole('list', { name: 'What the graph shows' });
  await expect(legend.getByRole('listitem')).toContainText([
    'Disputed claim',
    'Relation, subject → object',
    'Rests on someone’s word',
    'Contradicts',
  ]);
  // ByteDance's neighbourhood: relations only, no claim and so no contradiction.
  await openExplorer(page, '?focus=bytedance&hops=1');
  await expect(
    legend.getByRole('listitem').filter({ hasText: 'Relation, subject → object' }),
  ).toHaveCount(1);
  await expect(legend.getByRole('listitem').filter({ hasText: 'Contradicts' })).toHaveCount(0);
  await expect(legend.getByRole('listitem').filter({ hasText: 'Disputed claim' })).toHaveCount(0);
});
