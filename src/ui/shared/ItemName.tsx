// An item's name on the page.
import { entityLabel } from '../../model/queries';
import { describeRelationSentence } from '../../model/sentences';
import { useModel } from './appContext';

/** describeItem on the page: each label in a <bdi>, so its bidi text cannot reorder the others. */
export function ItemName({ id }: { id: string }) {
  const model = useModel();
  const e = model.edges.index.get(id);
  if (e === undefined) return <bdi>{entityLabel(model, id)}</bdi>;
  const sentence = describeRelationSentence(model, e);
  return (
    <>
      <bdi>{sentence.first}</bdi> {sentence.verb} <bdi>{sentence.second}</bdi>
    </>
  );
}
