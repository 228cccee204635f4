import type { ReactNode } from 'react';

interface Props {
  label: string;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
  children: ReactNode;
}

/** An inline question before a change that is hard to take back: what it will do, Cancel, and the action. */
export function ConfirmBox({ label, confirmLabel, onCancel, onConfirm, children }: Props) {
  return (
    <div className="confirm" role="alertdialog" aria-label={label}>
      <p>{children}</p>
      <button type="button" className="button-quiet" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="button-primary danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
    </div>
  );
}
