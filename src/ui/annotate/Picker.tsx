// A search-as-you-type field over entities, predicates, relations or claims: what the annotator
// types is matched against labels and descriptions, never ids, and the choice is kept as an id.
// The ARIA combobox pattern: arrows move through the options, Enter picks, Escape closes.
import { useId, useMemo, useState } from 'react';

export interface PickerOption {
  id: string;
  label: string;
  description?: string;
}

interface PickerProps {
  label: string;
  options: readonly PickerOption[];
  /** The chosen id, or '' for none. */
  value: string;
  onChange: (id: string) => void;
  required?: boolean;
}

const SHOWN = 8;

export function rankOptions(options: readonly PickerOption[], query: string): PickerOption[] {
  const q = query.trim().toLowerCase();
  if (!q) return options.slice(0, SHOWN);
  const inLabel: PickerOption[] = [];
  const inDescription: PickerOption[] = [];
  for (const option of options) {
    if (option.label.toLowerCase().includes(q)) inLabel.push(option);
    else if (option.description?.toLowerCase().includes(q)) inDescription.push(option);
  }
  const startsFirst = (a: PickerOption, b: PickerOption) =>
    Number(!a.label.toLowerCase().startsWith(q)) - Number(!b.label.toLowerCase().startsWith(q));
  return [...inLabel.sort(startsFirst), ...inDescription].slice(0, SHOWN);
}

export function Picker({ label, options, value, onChange, required }: PickerProps) {
  const id = useId();
  const chosen = options.find((option) => option.id === value);
  const [query, setQuery] = useState(chosen?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = useMemo(() => rankOptions(options, query), [options, query]);
  const listId = `${id}-list`;
  const pick = (option: PickerOption) => {
    onChange(option.id);
    setQuery(option.label);
    setOpen(false);
  };
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-expanded={open && shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] ? `${listId}-${active}` : undefined}
        aria-required={required}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
          if (event.target.value === '') onChange('');
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, shown.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter' && open && shown[active]) {
            event.preventDefault();
            pick(shown[active]);
          } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            event.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {chosen && chosen.label !== query && <p className="muted">Chosen: {chosen.label}</p>}
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} suggestions`}
        hidden={!open || shown.length === 0}
      >
        {shown.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // Before the input's blur, which would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(option);
            }}
          >
            <bdi>{option.label}</bdi>
            {option.description && <span className="muted"> — {option.description}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
