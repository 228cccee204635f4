import type { Notice } from '../../../../shared/model';

export function NoticeBar({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: string) => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.level}`} role="alert">
          <p>{notice.message}</p>
          <button type="button" onClick={() => onDismiss(notice.id)} aria-label="Dismiss this notice">
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
