import { useRef, type FormEvent, type ReactNode } from 'react';
import { useFocusTrap } from './focus-trap';

interface Props {
  label: string;
  onClose: () => void;
  /** A dialog with a form: Enter in a field submits. */
  onSubmit?: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A dialog over the window: Escape closes it, focus starts on its first field,
 * Tab cycles inside it, and focus goes back, when it closes, to where it was.
 */
export function Modal({ label, onClose, onSubmit, className, children }: Props) {
  const ref = useRef<HTMLFormElement>(null);
  useFocusTrap(ref);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <div className="modal-overlay" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <form ref={ref} className={`modal${className ? ` ${className}` : ''}`} role="dialog" aria-modal="true" aria-label={label} tabIndex={-1} onSubmit={submit}>
        {children}
      </form>
    </div>
  );
}

/** A dialog's Cancel and submit buttons, in the order every dialog of Scholia puts them. */
export function ModalActions({ onCancel, submit, disabled = false, danger = false }: { onCancel: () => void; submit: string; disabled?: boolean; danger?: boolean }) {
  return (
    <div className="modal-actions">
      <button type="button" className="button-quiet" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className={`button-primary${danger ? ' danger' : ''}`} disabled={disabled}>
        {submit}
      </button>
    </div>
  );
}
