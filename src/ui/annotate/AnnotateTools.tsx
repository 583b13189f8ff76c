// The reader's annotation mode (development server only: the reader loads this module behind
// import.meta.env.DEV, so a production build has none of it). Selecting a passage offers a
// toolbar; each button opens a form; "Undo last save" takes back the last write.
import { useEffect, useState, type RefObject } from 'react';
import type { Passage } from '../../schema/annotationProtocol';
import { AnnotationForm, FORM_TITLES, type FormKind } from './AnnotationForm';
import { describeRefusal, readHistory, undoLastSave } from './annotateApi';
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
        {on && !passage && (
          <span className="muted">Select a passage of the text to annotate it.</span>
        )}
      </div>
      <p role="status" className="annotate-message">
        {message}
      </p>
      {on && passage && !form && (
        <div role="toolbar" aria-label="Annotate the selected passage" className="annotate-toolbar">
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
