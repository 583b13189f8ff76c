// Every spec uses this `test`: it fails on any console error or warning, uncaught exception or
// Content-Security-Policy violation, so a page that "works" while complaining still fails.
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  problems: string[];
  /**
   * Problems a test provokes on purpose (`test.use({ expectedProblems: [/…/] })`): each pattern
   * must match at least one problem, and the problems it matches are forgiven; any other fails.
   */
  expectedProblems: RegExp[];
}

interface FirstVisit {
  /**
   * A first visit opens "About this graph" over the page. Tests are return visits unless they say
   * otherwise (`test.use({ firstVisit: true })`), so the dialog does not cover what they use.
   */
  firstVisit: boolean;
  returningVisitor: void;
}

export async function watchPage(page: Page, problems: string[]): Promise<void> {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

// Auto-use: every test watches its page and fails on its problems, whether or not it names
// `problems` (naming it only gives access to the list, e.g. to expect a specific entry).
export const test = base.extend<PageProblems & FirstVisit>({
  expectedProblems: [[], { option: true }],
  firstVisit: [false, { option: true }],
  returningVisitor: [
    async ({ page, firstVisit }, use) => {
      if (!firstVisit) {
        await page.addInitScript(() => {
          try {
            window.localStorage.setItem('explorer:about-seen', '1');
          } catch {
            // about:blank and opaque origins have no storage; the app's pages do.
          }
        });
      }
      await use();
    },
    { auto: true },
  ],
  problems: [
    async ({ page, expectedProblems }, use) => {
      const problems: string[] = [];
      await watchPage(page, problems);
      await use(problems);
      const unmatched = expectedProblems.filter(
        (pattern) => !problems.some((problem) => pattern.test(problem)),
      );
      expect(unmatched.map(String), 'expected problems that did not occur').toEqual([]);
      const unexpected = problems.filter(
        (problem) => !expectedProblems.some((pattern) => pattern.test(problem)),
      );
      expect(unexpected, 'console errors, warnings, exceptions or dialogs').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the explorer and waits until the graph has been drawn. */
export async function openExplorer(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByTestId('status-line')).toContainText('Showing');
}

export async function searchAndSelect(page: Page, text: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill(text);
  await expect(page.getByRole('listbox', { name: 'Search entities results' })).toBeVisible();
  await search.press('Enter');
}

/** The details panel: a region named by the selected item's heading. */
export function detailsPanel(page: Page, heading: string | RegExp) {
  return page.getByRole('region', { name: heading });
}
