// "Send me exactly what you are looking at": the URL already is the view, so sharing is copying it.
import { useState } from 'react';

export function ShareControls() {
  const [status, setStatus] = useState('');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  async function copyLink() {
    const url = window.location.href;
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
      await navigator.share({ title: document.title, url: window.location.href });
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
