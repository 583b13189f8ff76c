// The header's "Stories" entry: the corpus's guided tours, and (in `npm run dev`) copying the
// current view as a story step to paste into a story file.
import { useRef, useState } from 'react';
import { useAppContext, useModel } from '../shared/appContext';
import { viewAsStepYaml } from './stepYaml';
import { useOpenStory } from './useStoryPlayer';

export function StoriesMenu() {
  const model = useModel();
  const openStory = useOpenStory();
  const menu = useRef<HTMLDetailsElement>(null);
  if (model.stories.length === 0 && !import.meta.env.DEV) return null;
  return (
    <details className="export-menu stories-menu" ref={menu}>
      <summary>Stories</summary>
      <ul>
        {model.stories.map((story) => (
          <li key={story.id}>
            <button
              type="button"
              onClick={() => {
                if (menu.current) menu.current.open = false;
                openStory(story.id);
              }}
            >
              <bdi>{story.title}</bdi>
            </button>
          </li>
        ))}
        {import.meta.env.DEV && (
          <li>
            <CopyStepButton />
          </li>
        )}
      </ul>
    </details>
  );
}

/** Authoring aid, in development only: the view as YAML, ready to paste under `steps:`. */
function CopyStepButton() {
  const { store } = useAppContext();
  const [status, setStatus] = useState('');
  async function copy() {
    const yaml = viewAsStepYaml(store.getState().view);
    try {
      await navigator.clipboard.writeText(yaml);
      setStatus('Step copied: paste it under steps: in stories/<id>.yaml');
    } catch {
      window.prompt('Copy this step', yaml);
      setStatus('Copy the step from the dialog');
    }
  }
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        Add this view as a step
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </>
  );
}
