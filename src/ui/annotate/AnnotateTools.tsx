// The reader's annotation mode (development server only: the reader loads this module behind
// import.meta.env.DEV, so a production build has none of it). Selecting a passage offers a
// toolbar; each button opens a form; "Undo last save" takes back the last write. A keyboard user
// tabs to the text, selects with Shift and the arrow keys, and presses Enter for the toolbar.
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { Passage } from '../../schema/annotationProtocol';
import { AnnotationForm, FORM_TITLES, type FormKind } from './AnnotationForm';
import { describeRefusal, readHistory, undoLastSave } from './annotateApi';
import { caretInside, selectionStepFor } from './keyboardSelection';
import { selectedPassage } from './passage';
import './annotate.css';

/** Kept across a reload of the page (a save needs none: the graph updates in place). */
const MODE_KEY = 'who-said-what:annotation-mode';

interface AnnotateToolsProps {
  sourceId: string;
  /** The reader's element holding the source text. */
  textRef: RefObject<HTMLElement | null>;
}

export default function AnnotateTools({ sourceId, textRef }: AnnotateToolsProps) {
  const [on, setOn] = useState(() => sessionStorage.getItem(MODE_KEY) === 'on');
  const [passage, setPassage] = useState<Passage | null>(null);
  const [form, setForm] = useState<FormKind | null>(null);
  const [message, setMessage] = useState('');
  const [undoable, setUndoable] = useState(0);
  const [toToolbar, setToToolbar] = useState(false);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const hintId = useId();

  useEffect(() => {
    sessionStorage.setItem(MODE_KEY, on ? 'on' : 'off');
    if (!on) return;
    void readHistory().then((answer) => answer.ok && setUndoable(answer.value.undoable));
    // A new selection replaces the passage; an emptied one (a click on a button) keeps it.
    const onSelection = () => {
      const container = textRef.current;
      const next = container ? selectedPassage(container, sourceId) : null;
      if (next) setPassage(next);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [on, sourceId, textRef]);

  // The text takes the focus, and the keys select in it (keyboardSelection.ts).
  useEffect(() => {
    const container = textRef.current;
    if (!on || !container) return;
    container.tabIndex = 0;
    container.setAttribute('aria-describedby', hintId);
    const onKeyDown = (event: KeyboardEvent) => {
      // A key on a mention's button inside the text is the button's.
      if (event.target !== container) return;
      const step = selectionStepFor(event);
      if (!step) return;
      event.preventDefault();
      if (step.type === 'toolbar') {
        const next = selectedPassage(container, sourceId);
        if (next) {
          setPassage(next);
          setForm(null);
          setToToolbar(true);
        }
        return;
      }
      caretInside(container)?.modify(step.alter, step.direction, step.granularity);
    };
    container.addEventListener('keydown', onKeyDown);
    return () => {
      container.removeEventListener('keydown', onKeyDown);
      container.removeAttribute('tabindex');
      container.removeAttribute('aria-describedby');
    };
  }, [on, sourceId, textRef, hintId]);

  useEffect(() => {
    if (!toToolbar) return;
    setToToolbar(false);
    toolbarRef.current?.querySelector('button')?.focus();
  }, [toToolbar]);

  useEffect(() => {
    setPassage(null);
    setForm(null);
  }, [sourceId]);

  const quote = passage
    ? (textRef.current?.textContent ?? '').slice(passage.start, passage.end).trim()
    : '';

  const undo = async () => {
    const answer = await undoLastSave();
    if (answer.ok) {
      setUndoable(answer.value.undoable);
      setMessage(`Undid the last save to ${answer.value.file}; the graph updates in place.`);
    } else {
      setMessage(describeRefusal(answer.error));
    }
  };

  return (
    <div className="annotate-tools">
      <div className="annotate-bar">
        <button type="button" aria-pressed={on} onClick={() => setOn(!on)}>
          Annotation mode
        </button>
        {on && (
          <button type="button" onClick={() => void undo()} disabled={undoable === 0}>
            Undo last save
          </button>
        )}
        {on && (
          <span id={hintId} className="muted">
            {passage
              ? 'Press Enter in the text to reach the toolbar, or select another passage.'
              : 'Select a passage of the text to annotate it: with the mouse, or Tab to the text, then Shift and the arrow keys (with Ctrl, by words).'}
          </span>
        )}
      </div>
      <p role="status" className="annotate-message">
        {message}
      </p>
      {on && passage && !form && (
        <div
          ref={toolbarRef}
          role="toolbar"
          aria-label="Annotate the selected passage"
          className="annotate-toolbar"
        >
          {(Object.keys(FORM_TITLES) as FormKind[]).map((kind) => (
            <button key={kind} type="button" onClick={() => setForm(kind)}>
              {FORM_TITLES[kind]}
            </button>
          ))}
        </div>
      )}
      {on && passage && form && (
        <AnnotationForm
          key={`${form}-${passage.start}-${passage.end}`}
          kind={form}
          passage={passage}
          quote={quote}
          onSaved={(saved) => {
            setMessage(saved);
            setForm(null);
            setUndoable((n) => n + 1);
          }}
          onCancel={() => setForm(null)}
        />
      )}
    </div>
  );
}
