// One form for every annotation: a new relation, claim, entity or mention from the selected
// passage, the passage as evidence of an existing relation or claim, or an existing relation or
// claim edited. A refused save (invalid, or the file changed on disk) keeps everything typed.
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { kindOf } from '../../model/queries';
import { STATUS_DEFINITIONS } from '../../schema/attribution';
import type {
  AnnotationFields,
  AnnotationOperation,
  AnnotationSection,
  Passage,
} from '../../schema/annotationProtocol';
import { useModel } from '../shared/appContext';
import { describeRefusal, findAnnotation, readVersion, saveAnnotation } from './annotateApi';
import { freshId, slugify } from './passage';
import { Picker } from './Picker';
import { buildPickerOptions } from './pickerOptions';

export type FormKind = 'relation' | 'claim' | 'mention' | 'entity' | 'evidence';

export const FORM_TITLES: Record<FormKind, string> = {
  relation: 'Add relation',
  claim: 'Add claim',
  mention: 'Add mention',
  entity: 'New entity',
  evidence: 'Add as evidence',
};

/** An existing relation or claim being edited: where it is, and its fields as read. */
export interface Editing {
  id: string;
  section: AnnotationSection;
  file: string;
  version: string;
  fields: Record<string, unknown>;
}

interface AnnotationFormProps {
  kind: FormKind;
  /** The selected passage (for new annotations and evidence). */
  passage?: Passage;
  quote?: string;
  editing?: Editing;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

type Values = Record<string, string>;

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '';

export function AnnotationForm({
  kind,
  passage,
  quote = '',
  editing,
  onSaved,
  onCancel,
}: AnnotationFormProps) {
  const model = useModel();
  const options = useMemo(() => buildPickerOptions(model), [model]);
  const headingId = useId();
  const statusId = useId();
  const section =
    editing?.section ??
    (kind === 'claim' ? 'claims' : kind === 'entity' ? 'entities' : 'relations');
  const [values, setValues] = useState<Values>(() => {
    if (editing) {
      return Object.fromEntries(
        Object.entries(editing.fields).map(([key, value]) => [key, asText(value)]),
      );
    }
    const defaults: Values = { file: passage ? `annotations/${passage.source}.yaml` : '' };
    if (kind === 'claim') Object.assign(defaults, { statement: quote, label: quote.slice(0, 60) });
    if (kind === 'entity') defaults.label = quote;
    return defaults;
  });
  const [version, setVersion] = useState<string | null>(editing?.version ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: string) => (value: string) => setValues((old) => ({ ...old, [key]: value }));
  const file = editing?.file ?? values.file ?? '';
  const picksFile = !editing && kind !== 'mention' && kind !== 'evidence';

  // The version of the file as the form found it: a save is refused if it changed since.
  useEffect(() => {
    if (!picksFile || !file) return;
    let current = true;
    void readVersion(file).then((answer) => {
      if (!current) return;
      if (answer.ok) setVersion(answer.value.version);
      else setError(describeRefusal(answer.error));
    });
    return () => {
      current = false;
    };
  }, [picksFile, file]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const target = await targetOf();
    if ('error' in target) {
      setError(target.error);
      setBusy(false);
      return;
    }
    const answer = await saveAnnotation(target);
    if (!answer.ok && answer.error.kind === 'conflict') {
      // Changed on disk: the next save applies the same edit to the file as it now is (the graph
      // already shows it), rather than sending the person to a reload that would lose the form.
      // Read before the message shows, so a Save pressed after it uses the new version.
      const now = await readVersion(target.file);
      if (now.ok) setVersion(now.value.version);
    }
    setBusy(false);
    if (!answer.ok) {
      setError(describeRefusal(answer.error));
      return;
    }
    onSaved(`Saved to ${answer.value.file}; the graph updates with it.`);
  };

  const targetOf = async (): Promise<
    { file: string; version: string; operation: AnnotationOperation } | { error: string }
  > => {
    const v = (key: string): string => (values[key] ?? '').trim();
    if (kind === 'mention' || kind === 'evidence') {
      const id = v('target');
      if (!id || !passage) return { error: 'Choose what the passage is evidence of.' };
      const found = await findAnnotation(id);
      if (!found.ok) return { error: describeRefusal(found.error) };
      return {
        file: found.value.file,
        version: found.value.version,
        operation: { type: 'add-passage', id, passage },
      };
    }
    if (version === null) return { error: `Reading ${file}… try again in a moment.` };
    const fields = fieldsOf(kind === 'entity' ? 'entity' : section, v);
    if (editing) {
      const update: AnnotationFields = {};
      for (const [key, value] of Object.entries(fields)) update[key] = value === '' ? null : value;
      return { file, version, operation: { type: 'update', id: editing.id, fields: update } };
    }
    const taken = (id: string) => kindOf(model, id) !== null;
    const id =
      section === 'relations'
        ? freshId(slugify(`${v('subject')}-${v('predicate')}-${v('object')}`), taken)
        : section === 'claims'
          ? freshId(`claim-${slugify(v('label'), 54)}`, taken)
          : freshId(slugify(v('label')), taken);
    const withPassage = kind !== 'entity' || v('label') !== quote.trim();
    return {
      file,
      version,
      operation: {
        type: 'add',
        section,
        fields: { id, ...fields },
        ...(passage && withPassage ? { passage } : {}),
      },
    };
  };

  return (
    <form
      className="annotation-form"
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={headingId}>{editing ? `Edit ${editing.id}` : FORM_TITLES[kind]}</h3>
      {quote && (
        <p className="annotation-quote">
          Evidence: <q>{quote}</q>
        </p>
      )}
      {(kind === 'mention' || kind === 'evidence') && (
        <Picker
          label={kind === 'mention' ? 'Entity' : 'Relation or claim'}
          options={kind === 'mention' ? options.entities : options.evidenced}
          value={values.target ?? ''}
          onChange={set('target')}
          required
        />
      )}
      {section === 'relations' && kind !== 'mention' && kind !== 'evidence' && (
        <>
          <Picker
            label="Subject"
            options={options.entitiesAndClaims}
            value={values.subject ?? ''}
            onChange={set('subject')}
            required
          />
          <Picker
            label="Predicate"
            options={options.predicates}
            value={values.predicate ?? ''}
            onChange={set('predicate')}
            required
          />
          <Picker
            label="Object"
            options={options.entitiesAndClaims}
            value={values.object ?? ''}
            onChange={set('object')}
            required
          />
        </>
      )}
      {section === 'claims' && (
        <>
          <TextField
            label="Statement"
            value={values.statement}
            onChange={set('statement')}
            multiline
            required
          />
          <TextField label="Label" value={values.label} onChange={set('label')} required />
          <Picker
            label="Claimant"
            options={options.entities}
            value={values.claimant ?? ''}
            onChange={set('claimant')}
          />
        </>
      )}
      {kind === 'entity' && (
        <>
          <TextField label="Label" value={values.label} onChange={set('label')} required />
          <Picker
            label="Type"
            options={options.entityTypes}
            value={values.type ?? ''}
            onChange={set('type')}
            required
          />
          <TextField label="Description" value={values.description} onChange={set('description')} />
        </>
      )}
      {(section === 'relations' || section === 'claims') &&
        kind !== 'mention' &&
        kind !== 'evidence' && (
          <>
            <TextField
              label="Date"
              value={values.date}
              onChange={set('date')}
              hint="EDTF, e.g. 2021-09 or 2021-09/2022-01"
            />
            <Picker
              label="According to"
              options={options.entities}
              value={values.according_to ?? ''}
              onChange={set('according_to')}
            />
            <div className="field">
              <label htmlFor={statusId}>Status</label>
              <select
                id={statusId}
                value={values.status ?? ''}
                onChange={(event) => set('status')(event.target.value)}
              >
                <option value="">
                  Default ({section === 'claims' ? 'attributed' : 'reported'})
                </option>
                {STATUS_DEFINITIONS.map((status) => (
                  <option key={status.id} value={status.id}>
                    {status.label} — {status.description}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
      {picksFile && (
        <TextField label="Save to file" value={values.file} onChange={set('file')} required />
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="annotation-form-actions">
        <button type="submit" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The fields each kind writes, in the order they appear in the file. */
function fieldsOf(
  kind: AnnotationSection | 'entity',
  v: (key: string) => string,
): Record<string, string> {
  switch (kind) {
    case 'relations':
      return pick(v, ['subject', 'predicate', 'object', 'date', 'according_to', 'status']);
    case 'claims':
      return pick(v, ['label', 'statement', 'claimant', 'date', 'according_to', 'status']);
    default:
      return pick(v, ['type', 'label', 'description']);
  }
}

function pick(v: (key: string) => string, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, v(key)]));
}

interface TextFieldProps {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  multiline?: boolean;
  required?: boolean;
  hint?: string;
}

function TextField({ label, value = '', onChange, multiline, required, hint }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          value={value}
          required={required}
          rows={3}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          required={required}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint && <small className="muted">{hint}</small>}
    </div>
  );
}
