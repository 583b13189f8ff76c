// A runtime error becomes a message with a way back, never a blank page.
import { Component, createRef, type ReactNode } from 'react';
import { CorruptGraphError } from '../../model/types';
import { returnFocusToList } from './focusTargets';

interface Props {
  children: ReactNode;
  onReset: () => void;
  /** The graph itself is refused (met lazily, in a render): no reset can help. */
  onCorruptGraph: (error: CorruptGraphError) => void;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };
  private readonly heading = createRef<HTMLHeadingElement>();

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  // React itself reports the error to the console. Focus follows the change, so a keyboard or
  // screen-reader user lands on the message, and back in the explorer after the reset.
  override componentDidCatch(error: unknown): void {
    if (error instanceof CorruptGraphError) this.props.onCorruptGraph(error);
  }

  override componentDidUpdate(_props: Props, previous: State): void {
    if (this.state.error && !previous.error) this.heading.current?.focus();
    if (!this.state.error && previous.error) returnFocusToList();
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // The page replaces the explorer with the load error (onCorruptGraph).
    if (error instanceof CorruptGraphError) return null;
    return (
      <main className="fatal" role="alert">
        <h1 ref={this.heading} tabIndex={-1}>
          Something went wrong in this view
        </h1>
        <p>{error.message}</p>
        <button
          type="button"
          onClick={() => {
            this.setState({ error: null });
            this.props.onReset();
          }}
        >
          Reset the view
        </button>
      </main>
    );
  }
}
