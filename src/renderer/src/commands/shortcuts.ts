import { useEffect } from 'react';
import { COMMANDS, commandById, type Command, type CommandId } from './app-commands';
import { describeChord, matchesChord } from './chords';
import { currentContext } from './command-context';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/** The command a key press runs now, if any: the first whose chord matches and that applies where the keys were pressed. */
export function commandForKey(event: KeyboardEvent, commands: readonly Command[] = COMMANDS): Command | null {
  const context = currentContext();
  for (const command of commands) {
    if (!command.keys.some((chord) => matchesChord(event, chord))) continue;
    if (isTextField(event.target) && !command.inTextFields) continue;
    if (command.when && !command.when(context)) continue;
    return command;
  }
  return null;
}

/** One listener on the window for every command's shortcut. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      command.run(currentContext());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** The shortcut a command is shown with ("Ctrl+Shift+C", "⌘K"), or undefined when it has none. */
export function shortcutOf(id: CommandId): string | undefined {
  const [chord] = commandById(id).keys;
  return chord === undefined ? undefined : describeChord(chord);
}
