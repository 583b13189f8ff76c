// "Send me exactly what you are looking at": the URL is the view, so sharing is copying it.
import { useState } from 'react';
import { viewUrl } from '../../url/historySync';
import { useAppContext } from '../shared/appContext';

export function ShareControls() {
  const [status, setStatus] = useState('');
  const { store } = useAppContext();
  // The view's own address, not the address bar's: history writes wait for the paint, and a pan
  // or zoom is written a moment after it rests.
  const currentUrl = () =>
    new URL(
      viewUrl(window.location, store.getState().view, store.getState().story),
      window.location.href,
    ).href;
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  async function copyLink() {
    const url = currentUrl();
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      // Clipboard refused (permissions, insecure context): offer the link to copy by hand.
      window.prompt('Copy this link', url);
      setStatus('Copy the link from the dialog');
    }
  }

  async function share() {
    try {
      await navigator.share({ title: document.title, url: currentUrl() });
      setStatus('Shared');
    } catch {
      setStatus('');
    }
  }

  return (
    <div className="share-controls">
      <button type="button" onClick={() => void copyLink()}>
        Copy link
      </button>
      {canShare && (
        <button type="button" onClick={() => void share()}>
          Share…
        </button>
      )}
      <span role="status" className="copy-status">
        {status}
      </span>
    </div>
  );
}
