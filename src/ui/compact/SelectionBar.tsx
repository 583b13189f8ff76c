// Under the graph on a phone or tablet, where the details are a tab away: what is selected, and
// the one obvious way to its details.
import { kindOf } from '../../model/queries';
import { ItemName } from '../shared/ItemName';
import { useModel } from '../shared/appContext';

export function SelectionBar({
  selected,
  onShowDetails,
}: {
  selected: string;
  onShowDetails: () => void;
}) {
  const model = useModel();
  const kind = kindOf(model, selected);
  if (kind === null) return null;
  return (
    <div className="selection-bar">
      <p>
        <span className="muted">Selected {kind}: </span>
        <ItemName id={selected} />
      </p>
      <button type="button" onClick={onShowDetails}>
        Show details
      </button>
    </div>
  );
}
