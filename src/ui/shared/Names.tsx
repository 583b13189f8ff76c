// Names from the corpus in running English ("A, B and C"), each isolated: a right-to-left name
// must not reorder the words or the other names around it.
import { Fragment } from 'react';

/** `separator`: one joint between every two names ("; "), instead of ", " and a final " and ". */
export function Names({ names, separator }: { names: readonly string[]; separator?: string }) {
  return (
    <>
      {names.map((name, i) => (
        <Fragment key={`${i}:${name}`}>
          {i === 0 ? '' : (separator ?? (i === names.length - 1 ? ' and ' : ', '))}
          <bdi>{name}</bdi>
        </Fragment>
      ))}
    </>
  );
}
