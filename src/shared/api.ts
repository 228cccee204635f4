/**
 * The one contract between renderer and main. The preload bridge and the main
 * process handlers are both derived from `contract`, so adding a method is one
 * entry here and a channel that is not listed cannot exist. The events main
 * sends are listed here too, each with the bridge function that subscribes to it.
 */
import { z } from 'zod';
import type {
  Attribute,
  EarlierVersion,
  Memo,
  NewVersionOutcome,
  VersionReview,
  BackupInfo,
  DocumentSummary,
  DocumentView,
  FileImportOutcome,
  ImportOutcome,
  Notice,
  PlacedPassage,
  SearchResultsView,
  Session,
  TaggedPassage,
  TagView,
  UndoneChange,
} from './model';
import type { ChangeEvent } from './changes';
import { EXPORT_FORMATS, type ExportReport, type JobProgress, type ProjectImportReport } from './exports';
import { LIBRARY_PAGE_LIMIT, LIBRARY_SORT_KEYS, MAX_SELECTION, type LibraryPage, type OutletCount } from './library-query';
import { LIBRARY_GET_LIMIT, MAX_MEMO_CHARS } from './limits';
import type { Answer } from './result';
import type { AnalysisMatrix, AnalysisSaveReport, CellPassages, Cooccurrence, Frequencies } from './analysis';
import { analysisInputs } from './analysis-inputs';
import { MenuModelSchema, type MenuCommand } from './menu-model';
import type { ViewSettings } from './settings';
import { sharedTextEvents, sharedTextMethods } from './api-shared-text';
import { quotesEvents, quotesMethods } from './api-quotes';
import { concordanceMethods } from './api-concordance';
import { entitiesEvents, entitiesMethods } from './api-entities';
import { Day, FileName, IdSchema, NoInput, Offset, ShortText, event, method, type EventSpec, type MethodSpec } from './api-method';
import { ViewSettingsPatchSchema } from './settings-schema';




export const ReadingPositionSchema = z.strictObject({
  documentId: IdSchema,
  blockIndex: z.number().int().min(0).max(1_000_000),
  fraction: z.number().min(0).max(1),
});

const TagIds = z.array(IdSchema).max(50);
const Color = z.string().max(7, { abort: true }).regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #f6d365');
/** The service gives the user-facing limit (20,000 characters); this bound only stops garbage. */
const Note = z.string().max(1_000_000);
const Description = z.string().max(2_000);
const TagPathInput = z.string().min(1).max(800);
/** Documents chosen in the library: one, or all of it at once. */
const DocumentIds = z.array(IdSchema).min(1).max(MAX_SELECTION);
const MemoAboutInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('project') }),
  z.strictObject({ kind: z.literal('document'), id: IdSchema }),
  z.strictObject({ kind: z.literal('tag'), id: IdSchema }),
]);
const MemoTitle = z.string().max(1_000, { abort: true });
// Past the service's own limit, so an over-long memo is told how long it is rather than refused as malformed.
const MemoBody = z.string().max(4 * MAX_MEMO_CHARS, { abort: true });
const AttributeValueInput = z.union([z.string().max(4_000, { abort: true }), z.number(), z.boolean()]);

const LibraryQuerySchema = z.strictObject({
  sort: z.enum(LIBRARY_SORT_KEYS),
  descending: z.boolean(),
  filter: z.strictObject({
    words: z.string().max(500, { abort: true }).optional(),
    tagId: IdSchema.optional(),
    outlet: ShortText.optional(),
    publishedFrom: Day.optional(),
    publishedTo: Day.optional(),
    attribute: z.strictObject({ id: IdSchema, value: AttributeValueInput.nullable() }).optional(),
    coded: z.boolean().optional(),
  }),
});
const Offset0 = z.number().int().min(0).max(MAX_SELECTION);

/** File contents, base64-encoded to stay JSON-safe; 140 M characters is the 100 MB PDF limit plus encoding. */
const Base64 = z
  .string()
  .max(140_000_000, { abort: true })
  .refine((data) => data.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(data), 'must be base64-encoded bytes');

const ExportScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('filter'), query: LibraryQuerySchema }),
  z.strictObject({ kind: z.literal('tag'), tagId: IdSchema }),
  z.strictObject({ kind: z.literal('document'), documentId: IdSchema }),
]);

/** What deleting documents takes with them. */
export interface DeletionImpact {
  documents: number;
  passages: number;
  /** Passages with a note. */
  notes: number;
}

/** What coding a batch of ranges did: passages made, and ranges that already carried the tag. */
export interface CodeManyReport {
  tagId: string;
  created: number;
  alreadyCoded: number;
}

/** The most ranges one batch may code. */
export const MAX_CODE_MANY = 20_000;

export interface RetagReport {
  passagesChanged: number;
  documentsChanged: number;
}

/** What an archive export or import did; `bytes` is the archive's size. */
export interface ArchiveReport {
  fileName: string;
  documents: number;
  bytes: number;
}

const Analysis = analysisInputs({ id: IdSchema, day: Day, fileName: FileName, filter: LibraryQuerySchema.shape.filter });

export const contract = {
  'library:list': method<DocumentSummary[]>()(NoInput),
  /** A page of the library, sorted and filtered as the list shows it. */
  'library:query': method<LibraryPage>()(
    z.strictObject({ query: LibraryQuerySchema, offset: Offset0, limit: z.number().int().min(1).max(LIBRARY_PAGE_LIMIT) }),
  ),
  /** The ids of a stretch of the list (a Shift-click range, or everything for Ctrl+A). */
  'library:ids': method<string[]>()(z.strictObject({ query: LibraryQuerySchema, offset: Offset0, limit: z.number().int().min(1).max(MAX_SELECTION) })),
  'library:outlets': method<OutletCount[]>()(NoInput),
  /** The summaries of some documents (those a change named), so the library need not be listed again. */
  'library:get': method<DocumentSummary[]>()(z.strictObject({ ids: z.array(IdSchema).min(1).max(LIBRARY_GET_LIMIT) })),
  'documents:get': method<DocumentView>()(z.strictObject({ id: IdSchema })),
  'session:get': method<Session>()(NoInput),
  'session:savePosition': method<null>()(ReadingPositionSchema),
  /** How the window looks: theme, reader type, side panes. */
  'settings:get': method<ViewSettings>()(NoInput),
  /** Changes some of those settings; answers with all of them as stored. */
  'settings:set': method<ViewSettings>()(ViewSettingsPatchSchema),
  'notices:list': method<Notice[]>()(NoInput),
  'notices:dismiss': method<null>()(z.strictObject({ id: IdSchema })),
  /** Corrects a document's details; a field left out is unchanged, null clears it. */
  'documents:update': method<DocumentSummary>()(
    z.strictObject({
      id: IdSchema,
      title: ShortText.optional(),
      byline: ShortText.nullable().optional(),
      source: ShortText.optional(),
      publishedAt: ShortText.nullable().optional(),
      url: z.string().max(4_096, { abort: true }).nullable().optional(),
      language: z.string().max(35, { abort: true }).nullable().optional(),
    }),
  ),
  /** What deleting these documents would take with them, for the confirmation. */
  'documents:deleteImpact': method<DeletionImpact>()(z.strictObject({ ids: DocumentIds })),
  /** Deletes documents with their passages and notes; an undo brings them back. */
  'documents:delete': method<DeletionImpact>()(z.strictObject({ ids: DocumentIds })),
  /**
   * Replaces a document's text by a new version (a file, pasted text, or a
   * document just imported, which then leaves the library), carrying its
   * passages across; unless `confirmed`, stops to ask when the texts share little.
   */
  'documents:newVersion': method<NewVersionOutcome>()(
    z
      .strictObject({
        id: IdSchema,
        file: z.strictObject({ fileName: FileName, data: Base64 }).optional(),
        text: z.strictObject({ title: z.string().max(500), text: z.string().min(1).max(20_000_000) }).optional(),
        fromDocumentId: IdSchema.optional(),
        confirmed: z.boolean(),
      })
      .refine((input) => [input.file, input.text, input.fromDocumentId].filter((source) => source !== undefined).length === 1, {
        message: 'give exactly one of file, text or fromDocumentId',
      }),
  ),
  /** The diff and passages of a document's last change of version. */
  'documents:versionReview': method<VersionReview>()(z.strictObject({ id: IdSchema })),
  /** An earlier version's text. */
  'documents:version': method<EarlierVersion>()(z.strictObject({ id: IdSchema, version: z.number().int().min(1).max(1_000) })),
  'documents:setTags': method<DocumentSummary>()(
    z.strictObject({ documentId: IdSchema, tagIds: TagIds.optional(), addTagIds: TagIds.optional(), removeTagIds: TagIds.optional() }),
  ),
  /** Adds and removes document tags on many documents at once, as one change to undo. */
  'documents:tag': method<{ documentsChanged: number }>()(
    z.strictObject({ ids: DocumentIds, addTagIds: TagIds.optional(), removeTagIds: TagIds.optional() }),
  ),
  'attributes:list': method<Attribute[]>()(NoInput),
  'attributes:define': method<Attribute>()(
    z.strictObject({ name: ShortText, type: z.enum(['text', 'number', 'date', 'boolean', 'choice']), choices: z.array(ShortText).max(1_000).optional() }),
  ),
  'attributes:update': method<Attribute>()(z.strictObject({ id: IdSchema, name: ShortText.optional(), choices: z.array(ShortText).max(1_000).optional() })),
  /** Removes an attribute and every document's value of it. */
  'attributes:delete': method<{ documentsChanged: number }>()(z.strictObject({ id: IdSchema })),
  /** Gives documents a value of an attribute; null clears it. */
  'attributes:set': method<{ documentsChanged: number }>()(
    z.strictObject({ documentIds: DocumentIds, attributeId: IdSchema, value: AttributeValueInput.nullable() }),
  ),
  /** Every memo, the newest first. */
  'notes:list': method<Memo[]>()(NoInput),
  /** A memo on the project (a journal entry), or the one memo of a document or a tag. */
  'notes:create': method<Memo>()(z.strictObject({ about: MemoAboutInput, title: MemoTitle, body: MemoBody })),
  'notes:update': method<Memo>()(z.strictObject({ id: IdSchema, title: MemoTitle.optional(), body: MemoBody.optional() })),
  'notes:delete': method<null>()(z.strictObject({ id: IdSchema })),
  'tags:list': method<TagView[]>()(NoInput),
  'tags:create': method<TagView>()(
    z.strictObject({
      name: TagPathInput,
      parentId: IdSchema.nullable().optional(),
      color: Color.optional(),
      description: Description.optional(),
    }),
  ),
  'tags:update': method<TagView>()(
    z.strictObject({
      id: IdSchema,
      name: z.string().min(1).max(200).optional(),
      parentId: IdSchema.nullable().optional(),
      color: Color.optional(),
      description: Description.optional(),
    }),
  ),
  'tags:merge': method<RetagReport>()(z.strictObject({ sourceId: IdSchema, targetId: IdSchema })),
  'tags:delete': method<RetagReport>()(z.strictObject({ id: IdSchema })),
  'tags:passages': method<TaggedPassage[]>()(z.strictObject({ tagId: IdSchema, includeChildren: z.boolean() })),
  'passages:list': method<PlacedPassage[]>()(z.strictObject({ documentId: IdSchema })),
  'passages:create': method<PlacedPassage>()(
    z.strictObject({ documentId: IdSchema, start: Offset, end: Offset, tagIds: TagIds, note: Note }),
  ),
  /** Puts a passage (an orphan after a new version) on other words of its document. */
  'passages:reattach': method<PlacedPassage>()(z.strictObject({ id: IdSchema, start: Offset, end: Offset }).refine((r) => r.end > r.start, { message: 'end must be after start' })),
  'passages:update': method<PlacedPassage>()(
    z.strictObject({
      id: IdSchema,
      tagIds: TagIds.optional(),
      addTagIds: TagIds.optional(),
      removeTagIds: TagIds.optional(),
      note: Note.optional(),
    }),
  ),
  'passages:delete': method<null>()(z.strictObject({ id: IdSchema })),
  /** Codes many ranges with one tag (created if missing) as one change to undo; one bad range refuses them all. */
  'passages:codeMany': method<CodeManyReport>()(
    z.strictObject({
      label: z.string().trim().min(1).max(200),
      tagPath: z.string().min(1).max(2_000),
      items: z
        .array(z.strictObject({ documentId: IdSchema, start: Offset, end: Offset, note: Note.optional() }).refine((r) => r.end > r.start, { message: 'end must be after start' }))
        .min(1)
        .max(MAX_CODE_MANY, { abort: true }),
    }),
  ),
  'history:undo': method<UndoneChange | null>()(NoInput),
  /** Makes again what the last undo took back; null when there is nothing to redo. */
  'history:redo': method<UndoneChange | null>()(NoInput),
  'import:file': method<FileImportOutcome>()(z.strictObject({ fileName: FileName, data: Base64 })),
  'import:text': method<ImportOutcome>()(z.strictObject({ title: z.string().max(500), text: z.string().min(1).max(20_000_000) })),
  'backups:list': method<BackupInfo[]>()(NoInput),
  'backups:create': method<BackupInfo>()(NoInput),
  'backups:restore': method<null>()(z.strictObject({ id: z.string().min(1).max(64, { abort: true }).regex(/^[0-9TZ-]+$/, 'must be a backup id') })),
  /** Main asks the user where to save (null: they cancelled); the renderer never names a path. */
  'archive:export': method<ArchiveReport | null>()(NoInput),
  /** Main asks the user which archive to open (null: they cancelled), checks it, and replaces the notebook with it. */
  'archive:import': method<ArchiveReport | null>()(NoInput),
  /**
   * Main asks the user where to save (null: they cancelled) and writes the
   * scope in the format there, telling `onJobProgress` how far it has come.
   */
  'exports:run': method<ExportReport | null>()(
    z.strictObject({ jobId: IdSchema, format: z.enum(EXPORT_FORMATS), scope: ExportScopeSchema, reportOrder: z.enum(['tag', 'document']).optional() }),
  ),
  /** Stops a running export; answers whether one was running. */
  'exports:cancel': method<boolean>()(z.strictObject({ jobId: IdSchema })),
  /**
   * Main asks which REFI-QDA project or codebook to import (null: the user
   * cancelled), checks all of it in a worker, then adds it as one change to undo.
   */
  'projects:import': method<ProjectImportReport | null>()(NoInput),
  /** Opens a link the user clicked (in a note) in their browser; main checks it is an http(s) address. */
  'links:open': method<null>()(z.strictObject({ url: z.string().min(1).max(2_048) })),
  'search:query': method<SearchResultsView>()(
    z.strictObject({ query: z.string().max(2_000), limit: z.number().int().min(1).max(500).optional() }),
  ),
  /** Per code: passages, documents and words, its own and with the codes inside it (see shared/analysis.ts). */
  'analysis:frequencies': method<Frequencies>()(Analysis.frequencies),
  /** Passages of each code by document, outlet, month or attribute value. */
  'analysis:matrix': method<AnalysisMatrix>()(Analysis.matrix),
  'analysis:cooccurrence': method<Cooccurrence>()(Analysis.cooccurrence),
  /** The passages behind one count of a table or chart. */
  'analysis:passages': method<CellPassages>()(Analysis.passages),
  /** Main asks where to save a chart or table (null: cancelled) and writes it; the renderer never names a path. */
  'analysis:save': method<AnalysisSaveReport | null>()(Analysis.save),
  /** The native menu's commands as they apply now; main rebuilds the menu from it (see menu-model.ts). */
  'menu:update': method<null>()(MenuModelSchema),
  ...sharedTextMethods,
  ...quotesMethods,
  ...concordanceMethods,
  ...entitiesMethods,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;

/** Every channel, in contract order. */
export const CHANNELS = Object.keys(contract) as Channel[];

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && Object.hasOwn(contract, value);

/** What the renderer passes. */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives after validation. */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> =
  Contract[C] extends MethodSpec<z.ZodType, infer O> ? O : never;

type NamespaceOf<C extends string> = C extends `${infer N}:${string}` ? N : never;
type MethodNameIn<C extends string, N extends string> = C extends `${N}:${infer M}` ? M : never;

export type BridgeFunction<C extends Channel> = [InputOf<C>] extends [undefined]
  ? () => Promise<Answer<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Answer<OutputOf<C>>>;


/** Every event main sends, by the name of the bridge function that subscribes to it. */
export const events = {
  /** A change was committed: what it touched, so each view asks again only for what it shows. */
  onDidChange: event<ChangeEvent>()('notebook:changed'),
  /** How far a long job (an export) has come. */
  onJobProgress: event<JobProgress>()('jobs:progress'),
  /** A native menu item was clicked: the renderer runs the command through its registry. */
  onMenuCommand: event<MenuCommand>()('menu:command'),
  ...sharedTextEvents,
  ...quotesEvents,
  ...entitiesEvents,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventChannel = Events[EventName]['channel'];
export type PayloadOf<E extends EventName> = Events[E] extends EventSpec<string, infer P> ? P : never;

/** Every event, in contract order. */
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** Each event's bridge function name and channel, as plain data the bridge is built from. */
export const EVENT_CHANNELS = Object.fromEntries(EVENT_NAMES.map((name) => [name, events[name].channel])) as Record<EventName, EventChannel>;

/** Subscribes to an event; the function returned unsubscribes. The listener gets the payload, never the IPC event. */
export type Subscribe<E extends EventName> = (listener: (payload: PayloadOf<E>) => void) => () => void;

/** The shape of `window.scholia`: `scholia.documents.get({ id })`, `scholia.onDidChange(listener)`. */
export type ScholiaApi = {
  [N in NamespaceOf<Channel>]: {
    [C in Channel as MethodNameIn<C, N>]: BridgeFunction<C>;
  };
} & { [E in EventName]: Subscribe<E> };

export { IdSchema, type EventSpec, type MethodSpec };
