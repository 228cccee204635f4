import { useLayoutEffect, useRef } from 'react';
import { toastPlace, type Box } from './toast-place';
import { dismissToast, useToasts } from './toasts';

/** The area toasts belong over: the reading column when it is on screen, else the main area, else the window. */
function areaOf(): Box {
  const element = document.querySelector('[data-testid="reader"]') ?? document.querySelector('.app-main');
  return element?.getBoundingClientRect() ?? { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
}

/** What the user is working on: open popovers and menus, the focused control, and the selection. */
function busyBoxes(stack: HTMLElement): Box[] {
  const boxes: Box[] = [...document.querySelectorAll('[data-floating]')].map((element) => element.getBoundingClientRect());
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused !== document.body && !stack.contains(focused)) boxes.push(focused.getBoundingClientRect());
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
      const area = areaOf();
      // Measured at the widest the area allows, so a message wraps only when it must.
      stack.style.left = '0px';
      stack.style.maxWidth = `${Math.max(0, Math.min(640, area.width - 32))}px`;
      const { left, top, width } = toastPlace(area, { width: stack.offsetWidth, height: stack.offsetHeight }, busyBoxes(stack));
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
    document.addEventListener('focusin', place);
    return () => {
      document.removeEventListener('focusin', place);
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
