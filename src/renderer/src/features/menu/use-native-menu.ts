import { useEffect } from 'react';
import { onContextChange } from '../../commands/command-context';
import { runCommand } from '../../commands/run-command';
import { scholia } from '../../bridge';
import { menuModel } from './menu-layout';

/** What applies changes in bursts (a render of every part); the menu is rebuilt once they settle. */
export const MENU_UPDATE_DELAY_MS = 150;

/**
 * Keeps the native menu in step with what applies now, and runs the command
 * of a menu item the user clicked. Undo and redo in a text field are the
 * field's own, as their keys are there.
 */
export function useNativeMenu(): void {
  useEffect(() => {
    let sent = '';
    let timer: number | undefined;
    const update = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const model = menuModel();
        const text = JSON.stringify(model);
        if (text === sent) return;
        sent = text;
        void scholia().menu.update(model);
      }, MENU_UPDATE_DELAY_MS);
    };
    update();
    const stopChanges = onContextChange(update);
    const stopClicks = scholia().onMenuCommand(({ id }) => {
      if (inTextField() && (id === 'history.undo' || id === 'history.redo')) {
        // A deprecated call, but still the only way to reach a field's own undo stack.
        document.execCommand(id === 'history.undo' ? 'undo' : 'redo');
        return;
      }
      runCommand(id);
    });
    return () => {
      window.clearTimeout(timer);
      stopChanges();
      stopClicks();
    };
  }, []);
}

function inTextField(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && (active.isContentEditable || active.matches('input, textarea'));
}
