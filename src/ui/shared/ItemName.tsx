// An item's name on the page.
import { edgeAttributes, entityLabel, relationEnds } from '../../model/queries';
import { useModel } from './appContext';

/** describeItem on the page: each label in a <bdi>, so its bidi text cannot reorder the others. */
export function ItemName({ id }: { id: string }) {
  const model = useModel();
  const ends = relationEnds(model, id);
  if (!ends) return <bdi>{entityLabel(model, id)}</bdi>;
  return (
    <>
      <bdi>{entityLabel(model, ends.source)}</bdi> <bdi>{edgeAttributes(model, id)?.label}</bdi>{' '}
      <bdi>{entityLabel(model, ends.target)}</bdi>
    </>
  );
}
