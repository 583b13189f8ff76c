// Dismissible notices: what a permalink could not restore, what the data warned about.
import { useActions, useAppState } from './appContext';

export function Notices() {
  const notices = useAppState((state) => state.notices);
  const { dismissNotice } = useActions();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{notice.message}</p>
          {notice.items && notice.items.length > 0 && (
            <ul>
              {notice.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => dismissNotice(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
