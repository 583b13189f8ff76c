// A link that selects an entity, a claim or a relation: the way to walk the graph from a panel.
import type { ReactNode } from 'react';
import { useActions } from './appContext';

export function EntityLink({ id, label }: { id: string; label: ReactNode }) {
  const { select } = useActions();
  return (
    <button type="button" className="link-button entity-link" onClick={() => select(id)}>
      {label}
    </button>
  );
}
