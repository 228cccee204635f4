import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { COMMANDS, type Command } from '../../commands/app-commands';
import { describeChord } from '../../commands/chords';
import { applicableCommands } from '../../commands/run-command';
import { Modal } from '../../components/Modal';
import { rankByQuery } from './palette-score';

interface Props {
  onClose: () => void;
  /** Runs the chosen command, once the palette has closed and focus is back where it was. */
  onRun: (id: string) => void;
  /** The commands to offer; the registry's by default. */
  commands?: readonly Command[];
}

/**
 * Every command that applies now, filtered as one types: arrow keys move,
 * Enter runs, Escape closes. The palette itself is not listed in it.
 */
export function CommandPalette({ onClose, onRun, commands = COMMANDS }: Props) {
  // What applies is read once, as the palette opens: the palette itself changes nothing on screen.
  const [offered] = useState(() => applicableCommands(commands).filter((command) => command.id !== 'palette.open'));
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => rankByQuery(offered, query, (command) => command.title), [offered, query]);
  const current = shown[Math.min(active, shown.length - 1)];
  const optionId = (command: Command) => `${listId}-${command.id}`;

  useEffect(() => {
    if (current) list.current?.querySelector(`[id="${optionId(current)}"]`)?.scrollIntoView?.({ block: 'nearest' });
  });

  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    // After the palette has gone: the command then finds focus and the view as they were.
    window.setTimeout(() => onRun(command.id));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined && shown.length > 0) {
      event.preventDefault();
      setActive((Math.min(active, shown.length - 1) + step + shown.length) % shown.length);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : shown.length - 1);
    }
  };

  return (
    <Modal label="Commands" onClose={onClose} onSubmit={() => run(current)} className="command-palette">
      <input
        type="text"
        role="combobox"
        aria-label="Type a command"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current) : undefined}
        placeholder="Type a command"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} ref={list} role="listbox" aria-label="Commands" className="palette-list">
        {shown.map((command) => (
          <li
            key={command.id}
            id={optionId(command)}
            role="option"
            aria-selected={command === current}
            className={command === current ? 'active' : undefined}
            onMouseMove={() => setActive(shown.indexOf(command))}
            onClick={() => run(command)}
          >
            <span>{command.title}</span>
            {command.keys[0] !== undefined && <kbd>{describeChord(command.keys[0])}</kbd>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p className="palette-empty" role="status">
          No command matches “{query.trim()}”.
        </p>
      )}
    </Modal>
  );
}
