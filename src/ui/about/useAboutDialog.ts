// Whether "About this graph" is open. It opens by itself on a first visit to the plain address;
// a shared link or a story step (a query in the address) shows what it was sent for, and embeds
// never open it. Closing it, however, remembers it as seen.
import { useCallback, useState } from 'react';
import { aboutWasSeen, browserStorage, rememberAboutSeen } from './firstVisit';

export function useAboutDialog(embed: boolean) {
  const [open, setOpen] = useState(
    () => !embed && window.location.search.length <= 1 && !aboutWasSeen(browserStorage()),
  );
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => {
    rememberAboutSeen(browserStorage());
    setOpen(false);
  }, []);
  return { open, show, close };
}
