// Tells screen readers what changed where nothing on screen does it for them: the selection and
// the source being read (filters announce themselves through the status line).
import { useEffect, useRef } from 'react';
import { isolateBidi } from '../../model/bidi';
import { describeItem, sourceTitle } from '../../model/queries';
import { useActions, useAppState, useModel } from './appContext';

export function useAnnouncements(): void {
  const model = useModel();
  const { announce } = useActions();
  const selected = useAppState((state) => state.view.selected);
  const readerSource = useAppState((state) => state.view.readerSource);
  const previous = useRef({ selected, readerSource });

  useEffect(() => {
    const before = previous.current;
    previous.current = { selected, readerSource };
    if (readerSource !== before.readerSource) {
      const title = readerSource ? sourceTitle(model, readerSource) : null;
      // Isolated: a right-to-left title or label must not reorder the words read around it.
      announce(title ? `Reading “${isolateBidi(title)}”` : 'Source closed');
    } else if (selected !== before.selected) {
      announce(
        selected ? `Selected ${isolateBidi(describeItem(model, selected))}` : 'Selection cleared',
      );
    }
  }, [model, announce, selected, readerSource]);
}
