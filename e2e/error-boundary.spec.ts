// A runtime error while rendering becomes a message with a way back, never a blank page. The fault
// is injected from the test into a browser API the details panel calls while it renders: the app
// has no switch for it.
import { detailsPanel, expect, openExplorer, searchAndSelect, test } from './fixtures';
import { drawnIds } from './helpers';

const FAULT = 'Injected fault: localeCompare is broken';

// React reports the error it caught with console.error; that one, and only that one, is expected.
test.use({ expectedProblems: [new RegExp(FAULT)] });

declare global {
  interface Window {
    restoreLocaleCompare?: () => void;
  }
}

test('a render error shows what went wrong and a reset that brings the explorer back', async ({
  page,
}) => {
  await openExplorer(page);
  // ByteDance's details sort its relation groups by their labels ("owns", "is employed by") with
  // String.prototype.localeCompare: make that comparison, and nothing else, throw.
  await page.evaluate((message) => {
    const original = String.prototype.localeCompare;
    window.restoreLocaleCompare = () => {
      String.prototype.localeCompare = original;
    };
    String.prototype.localeCompare = function (
      this: string,
      ...args: Parameters<typeof original>
    ): number {
      if (String(this) === 'owns' || args[0] === 'owns') throw new Error(message);
      return original.apply(this, args);
    };
  }, FAULT);

  await searchAndSelect(page, 'ByteDance');
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { level: 1, name: 'Something went wrong in this view' }),
  ).toBeVisible();
  await expect(alert).toContainText(FAULT);
  // Focus moves to the message, not left on an element that no longer exists.
  await expect(
    alert.getByRole('heading', { name: 'Something went wrong in this view' }),
  ).toBeFocused();
  const reset = alert.getByRole('button', { name: 'Reset the view' });
  await expect(reset).toBeVisible();
  // The message replaces the explorer: nothing half-rendered is left behind it.
  await expect(page.getByRole('listbox', { name: /Entities shown/ })).toHaveCount(0);
  await expect(page.getByTestId('status-line')).toHaveCount(0);

  await page.evaluate(() => window.restoreLocaleCompare?.());
  await reset.click();

  // Back to the default view, which draws and responds again.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Entities shown' })).toBeFocused();
  await expect(page.getByTestId('status-line')).toContainText('Showing');
  await expect(page).not.toHaveURL(/sel=/);
  await expect(page.getByRole('listbox', { name: /Entities shown/ })).toBeVisible();
  await expect.poll(() => drawnIds(page, ['bytedance'])).toEqual(['bytedance']);
  await searchAndSelect(page, 'ByteDance');
  const details = detailsPanel(page, 'ByteDance');
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { level: 4 }).first()).toBeVisible();
  await expect(page).toHaveURL(/sel=bytedance/);
});

test.describe('an expected problem', () => {
  test.use({ expectedProblems: [/a message that is never logged/] });

  // Marked as failing: its ✘ in the report is the fixture doing its job.
  test('fails the test when it never occurs', async ({ page }) => {
    test.fail();
    await openExplorer(page);
  });
});
