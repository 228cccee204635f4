import { useEffect, useRef } from 'react';

/**
 * A command as data, so shortcuts, menus and buttons share one definition.
 * Keys use "Mod" for Ctrl on Windows and Linux and Cmd on macOS.
 */
export interface Command {
  id: string;
  title: string;
  keys: string[];
  run: () => void;
  /** Whether the shortcut also fires while typing in a text field. */
  inTextFields?: boolean;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** True when the keyboard event is the chord, e.g. "Mod+Shift+Z". */
export function matchesChord(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, chord: string): boolean {
  const parts = chord.split('+');
  const key = parts.at(-1)!.toLowerCase();
  const wants = new Set(parts.slice(0, -1).map((p) => p.toLowerCase()));
  const mod = isMac ? event.metaKey : event.ctrlKey;
  return (
    event.key.toLowerCase() === key &&
    wants.has('mod') === mod &&
    wants.has('shift') === event.shiftKey &&
    wants.has('alt') === event.altKey &&
    (isMac ? !event.ctrlKey || wants.has('ctrl') : !event.metaKey)
  );
}

/** Human-readable chord for tooltips: "Ctrl+Z" or "⌘Z". */
export const describeChord = (chord: string) => (isMac ? chord.replace('Mod+', '⌘').replace('Shift+', '⇧') : chord.replace('Mod', 'Ctrl'));

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/** Listens for the commands' shortcuts on the whole window. */
export function useCommands(commands: readonly Command[]): void {
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      for (const command of latest.current) {
        if (!command.keys.some((chord) => matchesChord(event, chord))) continue;
        if (isTextField(event.target) && !command.inTextFields) continue;
        event.preventDefault();
        command.run();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
