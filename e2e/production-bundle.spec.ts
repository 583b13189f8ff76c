// The production build has no annotation code and no write endpoint: the reader loads the
// annotation mode only behind import.meta.env.DEV, the in-place update listens only on
// import.meta.hot, and the endpoints' plugin applies to `vite` (serve) only. Reads the build the
// suite's web server made (npm run build → dist/).
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';

const repoRoot = resolve(import.meta.dirname, '..');

/** Strings only the annotation code and its endpoints contain (checked to be there, below). */
const MARKERS: [string, string][] = [
  ['src/schema/annotationProtocol.ts', '/__annotate'],
  ['src/schema/annotationProtocol.ts', 'x-annotate-token'],
  ['src/schema/annotationProtocol.ts', 'annotate-token'],
  ['src/ui/annotate/AnnotateTools.tsx', 'Annotation mode'],
  ['src/ui/annotate/AnnotateTools.tsx', 'Undo last save'],
  ['src/ui/annotate/AnnotationForm.tsx', 'Add relation'],
  ['src/ui/annotate/AnnotationForm.tsx', 'Save to file'],
  // The dev server's in-place update: a build neither listens for it nor keys the listener.
  ['src/schema/corpusUpdate.ts', 'who-said-what:corpus-updated'],
  ['src/ui/annotate/AnnotateTools.tsx', 'Tab to the text, then Shift and the arrow keys'],
];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

test('the production bundle contains no annotation code or write endpoint', async ({ page }) => {
  for (const [file, marker] of MARKERS) {
    expect(await readFile(join(repoRoot, file), 'utf8'), `${marker} in ${file}`).toContain(marker);
  }
  // The served page is the build: no token handed out, no annotation mode in the reader.
  await page.goto('./?read=tiktok-data-of-us-users-repeatedly-accessed-by-china');
  await expect(page.getByTestId('status-line')).toContainText('Showing');
  await expect(page.locator('.source-text')).toContainText('ByteDance');
  await expect(page.locator('meta[name="annotate-token"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Annotation mode' })).toHaveCount(0);
  expect((await page.request.post('./__annotate/undo', { data: {} })).status()).not.toBe(200);

  const files = await filesUnder(join(repoRoot, 'dist'));
  expect(files.some((file) => file.endsWith('.js'))).toBe(true);
  for (const file of files) {
    const content = await readFile(file, 'utf8');
    for (const [, marker] of MARKERS) {
      expect(content.includes(marker), `${marker} in ${file}`).toBe(false);
    }
  }
});
