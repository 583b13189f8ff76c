// Every source, to open in the reader without going through a quote first.
import { sourceTitle } from '../../model/queries';
import { ShowMoreList } from '../shared/ShowMoreList';
import { useActions, useModel } from '../shared/appContext';

/** A corpus of hundreds of sources lists the first ones: the rest wait for "Show more". */
const SOURCES_PAGE_SIZE = 20;

export function SourcesIndex() {
  const model = useModel();
  const { openReader } = useActions();
  return (
    <section aria-label="Sources">
      <h2 className="section-title">Sources</h2>
      <ShowMoreList
        className="sources-index"
        items={model.sources.ids}
        noun="sources"
        pageSize={SOURCES_PAGE_SIZE}
        renderItem={(id) => (
          <li key={id}>
            <button
              type="button"
              className="link-button"
              onClick={() => openReader(id, null, null)}
            >
              Read “<bdi>{sourceTitle(model, id) ?? id}</bdi>”
            </button>
          </li>
        )}
      />
    </section>
  );
}
