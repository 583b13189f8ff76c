// What the selection is and what backs it: an entity with its relations, a claim with what
// supports or contradicts it, or a single relation with its evidence. This picks the panel and
// keeps a keyboard user's place when the selection changes under them.
import { useDeferredValue, useLayoutEffect, useRef } from 'react';
import { kindOf } from '../../model/queries';
import { useAppState, useModel } from '../shared/appContext';
import { ClaimDetails } from './ClaimDetails';
import { EntityDetails } from './EntityDetails';
import { RelationDetails } from './RelationDetails';

export function DetailsPanel() {
  const model = useModel();
  // Rendered after the graph has shown the selection: a hub's panel is a long list to build.
  const selected = useDeferredValue(useAppState((state) => state.view.selected));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef(selected);
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = selected;
    // Walking to a neighbour through the panel's own links removes the focused link with the item
    // it belonged to: keep the keyboard user's place on the new heading, not on the bare page.
    // In the commit that removes the link (a layout effect), so focus is never seen on the page.
    if (
      before !== null &&
      selected !== null &&
      before !== selected &&
      document.activeElement === document.body
    ) {
      headingRef.current?.focus();
    }
  }, [selected]);
  if (!selected) return null;
  switch (kindOf(model, selected)) {
    case 'entity':
      return <EntityDetails id={selected} headingRef={headingRef} />;
    case 'claim':
      return <ClaimDetails id={selected} headingRef={headingRef} />;
    case 'relation':
      return <RelationDetails id={selected} headingRef={headingRef} />;
    case null:
      return null;
  }
}
