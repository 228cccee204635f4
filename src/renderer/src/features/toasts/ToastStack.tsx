import { useLayoutEffect, useRef } from 'react';
import { toastPlace, type Box } from './toast-place';
import { dismissToast, useToasts } from './toasts';

/** The area toasts belong over: the reading column when it is on screen, else the main area, else the window. */
function areaOf(): Box {
  const element = document.querySelector('[data-testid="reader"]') ?? document.querySelector('.app-main');
  return element?.getBoundingClientRect() ?? { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
}

/** What the user is working on: open popovers and menus, and the selection. */
function busyBoxes(): Box[] {
  const boxes: Box[] = [...document.querySelectorAll('[data-floating]')].map((element) => element.getBoundingClientRect());
  const selection = window.getSelection();
  if (selection && selection.rangeCount > 0 && !selection.isCollapsed) boxes.push(selection.getRangeAt(0).getBoundingClientRect());
  return boxes;
}

export function ToastStack() {
  const toasts = useToasts();
  const ref = useRef<HTMLDivElement>(null);

  // Placed again when toasts come and go, the window resizes, or the selection moves under them.
  useLayoutEffect(() => {
    const stack = ref.current;
    if (!stack || toasts.length === 0) return;
    const placeNow = () => {
      const { left, top, width } = toastPlace(areaOf(), { width: stack.offsetWidth, height: stack.offsetHeight }, busyBoxes());
      stack.style.maxWidth = `${width}px`;
      stack.style.left = `${left}px`;
      stack.style.top = `${top}px`;
      stack.style.bottom = 'auto';
    };
    let frame = 0;
    const place = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(placeNow);
    };
    placeNow();
    window.addEventListener('resize', place);
    document.addEventListener('selectionchange', place);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', place);
      document.removeEventListener('selectionchange', place);
    };
  }, [toasts]);

  return (
    <div ref={ref} className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`}>
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                toast.action!.run();
                dismissToast(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
