/**
 * Key chords as commands write them ("Mod+Shift+Z": Mod is Ctrl on Windows
 * and Linux, Cmd on macOS): matching a keyboard event, and showing them.
 */

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
