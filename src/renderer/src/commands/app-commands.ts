/**
 * Every command of the app, once: its id, title, keys, when it applies and
 * what it does. The shortcuts, the hints the UI shows, the native menu and
 * the command palette all read this list.
 */
import type { CommandContext } from './command-context';

export interface Command {
  id: string;
  title: string;
  /** Chords such as "Mod+Shift+C"; the first is the one shown. */
  keys: readonly string[];
  /** Whether the command can run now; a command without it always can. */
  when?: (context: CommandContext) => boolean;
  run: (context: CommandContext) => void;
  /** Whether the shortcut also fires while typing in a text field: true for chords that type nothing and edit nothing (the views'). */
  inTextFields?: boolean;
}

const reading = (context: CommandContext) => context.reader !== null;

export const COMMANDS = [
  { id: 'history.undo', title: 'Undo the last change', keys: ['Mod+Z'], run: ({ app }) => app?.undo() },
  { id: 'history.redo', title: 'Redo what was undone', keys: ['Mod+Shift+Z', 'Mod+Y'], run: ({ app }) => app?.redo() },
  { id: 'palette.open', title: 'Show all commands', keys: ['Mod+Shift+P'], run: ({ app }) => app?.openPalette(), inTextFields: true },
  { id: 'search.open', title: 'Search', keys: ['Mod+K', 'Mod+F'], run: ({ app }) => app?.openSearch(), inTextFields: true },
  { id: 'search.code-all', title: 'Code all hits of the search…', keys: [], run: ({ app }) => app?.codeAllHits() },
  { id: 'import.files', title: 'Import files', keys: ['Mod+O'], run: ({ app }) => app?.importFiles() },
  { id: 'import.paste', title: 'New document from clipboard', keys: ['Mod+Shift+V'], run: ({ app }) => app?.pasteText() },
  { id: 'export.open', title: 'Export passages, a report or the project', keys: ['Mod+Shift+E'], run: ({ app }) => app?.openExport() },
  { id: 'import.project', title: 'Import a REFI-QDA project or codebook', keys: [], run: ({ app }) => app?.importProject() },
  { id: 'view.read', title: 'Show the reader', keys: [], run: ({ app }) => app?.showView({ kind: 'read' }) },
  { id: 'view.codebook', title: 'Open the codebook', keys: ['Mod+Shift+C'], run: ({ app }) => app?.showView({ kind: 'codebook' }), inTextFields: true },
  { id: 'view.tags', title: 'Open passages by tag', keys: ['Mod+Shift+T'], run: ({ app }) => app?.showView({ kind: 'tag', tagId: null }), inTextFields: true },
  { id: 'view.memos', title: 'Open memos', keys: ['Mod+Shift+M'], run: ({ app }) => app?.showView({ kind: 'memos' }), inTextFields: true },
  { id: 'view.analysis', title: 'Open the analysis of the coding', keys: ['Mod+Shift+Y'], run: ({ app }) => app?.showView({ kind: 'analysis' }), inTextFields: true },
  { id: 'view.concordance', title: 'Open the concordance (keyword in context)', keys: [], run: ({ app }) => app?.showView({ kind: 'concordance' }) },
  { id: 'view.entities', title: 'Open the people, places and organisations', keys: [], run: ({ app }) => app?.showView({ kind: 'entities' }) },
  { id: 'view.attributes', title: 'Open document attributes', keys: [], run: ({ app }) => app?.showView({ kind: 'attributes' }) },
  { id: 'view.shared', title: 'Open shared text: paragraphs found in several documents', keys: [], run: ({ app }) => app?.showView({ kind: 'shared' }) },
  { id: 'view.backups', title: 'Open backups', keys: [], run: ({ app }) => app?.showView({ kind: 'backups' }) },
  { id: 'passage.tag-selection', title: 'Tag the selected text', keys: ['Mod+E'], when: reading, run: ({ reader }) => reader?.tagSelection() },
  {
    id: 'shared.code-copies',
    title: 'Code all copies of this paragraph…',
    keys: [],
    when: (context) => context.reader?.sharedParagraph() != null,
    run: ({ app, reader }) => {
      const asked = reader?.sharedParagraph();
      if (asked) app?.codeCopies(asked);
    },
  },
  {
    id: 'reader.keyboard-selection',
    title: 'Select text with the keyboard',
    keys: ['F7'],
    when: reading,
    run: ({ reader }) => reader?.toggleKeyboardSelection(),
  },
  { id: 'quotes.show', title: 'Quotes: show the quotations in this document', keys: [], when: (context) => Boolean(context.quotes), run: ({ quotes }) => quotes?.show() },
  {
    id: 'quotes.accept-all',
    title: 'Quotes: accept all in this document',
    keys: [],
    when: (context) => (context.quotes?.openCount ?? 0) > 0,
    run: ({ quotes }) => quotes?.acceptAll(),
  },
  {
    id: 'search.next',
    title: 'Next search match',
    keys: ['Mod+G', 'F3'],
    when: (context) => context.reader?.hasSearchMatches === true,
    run: ({ reader }) => reader?.stepSearch(1),
    inTextFields: true,
  },
  {
    id: 'search.previous',
    title: 'Previous search match',
    keys: ['Mod+Shift+G', 'Shift+F3'],
    when: (context) => context.reader?.hasSearchMatches === true,
    run: ({ reader }) => reader?.stepSearch(-1),
    inTextFields: true,
  },
] as const satisfies readonly Command[];

export type CommandId = (typeof COMMANDS)[number]['id'];

const BY_ID = new Map<string, Command>(COMMANDS.map((command) => [command.id, command]));

export function commandById(id: CommandId): Command {
  return BY_ID.get(id)!;
}
