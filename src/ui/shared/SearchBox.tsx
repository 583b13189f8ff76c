// Keyboard-first entity search (WAI-ARIA combobox): type, move with the arrows, Enter picks.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchEntities } from '../../model/search';
import { useModel } from './appContext';
import { typeLabel } from './labels';

export interface SearchBoxProps {
  label: string;
  placeholder?: string;
  onPick: (id: string) => void;
  /** Keep the picked label in the field (path endpoints) rather than clearing it. */
  keepValue?: boolean;
  initialValue?: string;
}

const RESULT_LIMIT = 8;

export function SearchBox({ label, placeholder, onPick, keepValue, initialValue }: SearchBoxProps) {
  const model = useModel();
  const [query, setQuery] = useState(initialValue ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(
    () => (query.trim() ? searchEntities(model, query, RESULT_LIMIT) : []),
    [model, query],
  );
  const expanded = open && results.length > 0;

  function pick(index: number) {
    const result = results[index];
    if (!result) return;
    onPick(result.id);
    setQuery(keepValue ? result.label : '');
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className="search-box">
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label={`${label} results`} hidden={!expanded}>
        {results.map((result, index) => (
          <li
            key={result.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(index);
            }}
          >
            {/* <bdi>: a label or alias from the corpus must not reorder the words around it. */}
            <bdi className="result-label">{result.label}</bdi>
            <span className="result-meta">
              {typeLabel(result.type)}
              {result.matchedAlias && (
                <>
                  {' · also “'}
                  <bdi>{result.matchedAlias}</bdi>”
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
