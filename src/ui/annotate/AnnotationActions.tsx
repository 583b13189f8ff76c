// "Edit annotation" and "Delete annotation" in a relation's or claim's panel (development server
// only): the same form and the same checks as adding one.
import { useState } from 'react';
import { AnnotationForm, type Editing } from './AnnotationForm';
import { describeRefusal, findAnnotation, saveAnnotation } from './annotateApi';
import './annotate.css';

export default function AnnotationActions({ id }: { id: string }) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirming, setConfirming] = useState<Editing | null>(null);
  const [message, setMessage] = useState('');

  const load = async (then: (found: Editing) => void) => {
    const answer = await findAnnotation(id);
    if (answer.ok) then({ id, ...answer.value });
    else setMessage(describeRefusal(answer.error));
  };

  const remove = async (found: Editing) => {
    const answer = await saveAnnotation({
      file: found.file,
      version: found.version,
      operation: { type: 'delete', id },
    });
    setConfirming(null);
    setMessage(
      answer.ok
        ? `Deleted ${id} from ${answer.value.file}; the graph updates without it.`
        : describeRefusal(answer.error),
    );
  };

  return (
    <div className="annotate-tools">
      <div className="annotate-bar">
        <button type="button" onClick={() => void load(setEditing)}>
          Edit annotation
        </button>
        <button type="button" onClick={() => void load(setConfirming)}>
          Delete annotation
        </button>
      </div>
      {confirming && (
        <div role="group" aria-label={`Delete ${id}`} className="annotate-bar">
          <span>
            Delete <code>{id}</code> from <code>{confirming.file}</code>?
          </span>
          <button type="button" onClick={() => void remove(confirming)}>
            Confirm delete
          </button>
          <button type="button" onClick={() => setConfirming(null)}>
            Keep it
          </button>
        </div>
      )}
      {editing && (
        <AnnotationForm
          kind={editing.section === 'claims' ? 'claim' : 'relation'}
          editing={editing}
          onSaved={(saved) => {
            setEditing(null);
            setMessage(saved);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <p role="status" className="annotate-message">
        {message}
      </p>
    </div>
  );
}
