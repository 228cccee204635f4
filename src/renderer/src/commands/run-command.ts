import { COMMANDS, type Command } from './app-commands';
import { currentContext } from './command-context';

/** The commands that can run now, in the registry's order. */
export function applicableCommands(commands: readonly Command[] = COMMANDS): Command[] {
  const context = currentContext();
  return commands.filter((command) => !command.when || command.when(context));
}

/**
 * Runs a command named by id (a menu click, a palette choice) if it exists
 * and applies now; answers whether it ran. An id from outside is never trusted.
 */
export function runCommand(id: string): boolean {
  const command: Command | undefined = COMMANDS.find((candidate) => candidate.id === id);
  const context = currentContext();
  if (!command || (command.when && !command.when(context))) return false;
  command.run(context);
  return true;
}
