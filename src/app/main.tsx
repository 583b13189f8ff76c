// Entry: start the graph's download, then load the app. Everything else is in a chunk of its own,
// so the download does not wait for the bundle (about 1 MB) to arrive and evaluate.
import './corpusRequest';
// Here rather than in the app's chunk: index.html links it, so it loads beside the scripts.
import '../ui/styles.css';

import('./boot').catch((error: unknown) => {
  // No React yet to say it with: a network error or a stale deploy lost the app's chunk.
  const root = document.getElementById('root');
  if (!root) return;
  const message = document.createElement('main');
  message.className = 'splash';
  message.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = 'The explorer could not be loaded; reload the page';
  const detail = document.createElement('p');
  detail.textContent = String(error);
  message.append(title, detail);
  root.replaceChildren(message);
});
