// Names from the corpus in running English ("A, B and C"), each isolated: a right-to-left name
// must not reorder the words or the other names around it.
import { Fragment } from 'react';

export function Names({ names }: { names: readonly string[] }) {
  return (
    <>
      {names.map((name, i) => (
        <Fragment key={`${i}:${name}`}>
          {i === 0 ? '' : i === names.length - 1 ? ' and ' : ', '}
          <bdi>{name}</bdi>
        </Fragment>
      ))}
    </>
  );
}
