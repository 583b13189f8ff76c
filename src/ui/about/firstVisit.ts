// "About this graph" opens by itself once per browser: whether it was seen is kept in
// localStorage. Storage can be refused (private modes, sandboxed iframes): then it counts as seen,
// so a page that cannot remember never greets the reader on every visit.
const SEEN_KEY = 'explorer:about-seen';

export function aboutWasSeen(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage === null || storage.getItem(SEEN_KEY) === '1';
  } catch {
    return true;
  }
}

export function rememberAboutSeen(storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(SEEN_KEY, '1');
  } catch {
    // Nothing to remember it in; see above.
  }
}

/** localStorage, or null where reading it throws. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
