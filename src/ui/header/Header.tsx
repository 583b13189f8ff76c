// The top bar: the corpus title, the search that selects, and sharing and exporting the view.
import { memo } from 'react';
import type { GraphModel } from '../../model/types';
import type { ContextColouring } from '../../render/context/types';
import type { Renderer } from '../../render/cytoscape/types';
import type { Theme } from '../../render/style/palette';
import type { DerivedView } from '../../view/types';
import { SearchBox } from '../shared/SearchBox';
import { StoriesMenu } from '../stories/StoriesMenu';
import { useActions } from '../shared/appContext';
import { ExportMenu } from './ExportMenu';
import { ShareControls as ShareControlsView } from './ShareControls';

// It reads the store itself: re-rendering it on every view change would change nothing.
const ShareControls = memo(ShareControlsView);

export interface HeaderProps {
  title: string;
  model: GraphModel;
  view: DerivedView;
  renderer: Renderer | null;
  theme: Theme;
  /** How the overview's points are coloured, for the picture export. */
  colouring: ContextColouring;
  onAbout: () => void;
}

export function Header({ title, model, view, renderer, theme, colouring, onAbout }: HeaderProps) {
  const { select } = useActions();
  return (
    <header className="topbar">
      <h1>{title}</h1>
      <SearchBox
        label="Search entities"
        placeholder="Search by name or alias…"
        onPick={(id) => select(id)}
      />
      <button type="button" onClick={onAbout}>
        About this graph
      </button>
      <StoriesMenu />
      <ShareControls />
      <ExportMenu
        model={model}
        view={view}
        renderer={renderer}
        theme={theme}
        colouring={colouring}
      />
    </header>
  );
}
