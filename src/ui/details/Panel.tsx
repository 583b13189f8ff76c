// The frame every details panel shares: what kind of item it is, its name as the heading (which
// takes focus when the selection moves through the panel's own links), and a close button.
import { useId, type ReactNode, type RefObject } from 'react';
import { returnFocusToList } from '../shared/focusTargets';
import { useActions } from '../shared/appContext';

export type HeadingRef = RefObject<HTMLHeadingElement | null>;

export function Panel({
  title,
  kind,
  headingRef,
  children,
}: {
  title: ReactNode;
  kind: string;
  headingRef: HeadingRef;
  children: ReactNode;
}) {
  const headingId = useId();
  const { select } = useActions();
  return (
    <section className="details" aria-labelledby={headingId}>
      <header className="panel-header">
        <div>
          <p className="eyebrow">{kind}</p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label="Close details"
          onClick={() => {
            select(null);
            returnFocusToList();
          }}
        >
          ×
        </button>
      </header>
      {children}
    </section>
  );
}
