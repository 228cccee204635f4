/**
 * An open notebook: its services, each with one job, and the feed that keeps
 * them in step. It never imports electron, so tests, benchmarks and the e2e
 * server run the very same code in plain Node. `openNotebook` builds it.
 */
import type { ChangeFeed } from '../changes/change-feed';
import type { JobProgressFeed } from '../changes/job-progress-feed';
import type { Exports } from '../outputs/exports';
import type { ProjectImport } from '../outputs/project-import';
import type { Passages } from '../coding/passages';
import type { PassageBatch } from '../coding/passage-batch';
import type { TagService } from '../coding/tag-service';
import type { UndoHistory } from '../coding/undo-history';
import type { Attributes } from '../library/attributes';
import type { Memos } from '../notes/memos';
import type { DocumentVersions } from '../library/document-versions';
import type { DocumentDetails } from '../library/document-details';
import type { DocumentImports } from '../library/document-imports';
import type { DocumentRemoval } from '../library/document-removal';
import type { Library } from '../library/library';
import type { LibraryQueries } from '../library/library-queries';
import type { Reading } from '../library/reading';
import type { ViewSettingsService } from '../library/view-settings';
import type { Notices } from '../notices/notices';
import type { Safekeeping } from '../safekeeping/safekeeping';
import type { SearchService } from '../search/notebook-search';
import type { Analysis } from '../outputs/analysis/analysis-service';
import type { SharedText } from '../shared-text/shared-text-service';
import type { QuoteReview } from '../quote-review/quote-review-service';
import type { Entities } from '../entities/entities-service';

export interface NotebookServices {
  feed: ChangeFeed;
  /** How far long jobs have come, for the window. */
  jobs: JobProgressFeed;
  library: Library;
  queries: LibraryQueries;
  analysis: Analysis;
  /** Paragraphs that stand in several documents. */
  sharedText: SharedText;
  /** People, places and organisations the documents mention. */
  entities: Entities;
  details: DocumentDetails;
  attributes: Attributes;
  memos: Memos;
  versions: DocumentVersions;
  removal: DocumentRemoval;
  reading: Reading;
  viewSettings: ViewSettingsService;
  imports: DocumentImports;
  tags: TagService;
  passages: Passages;
  /** Many ranges coded at once, as one change. */
  passageBatch: PassageBatch;
  history: UndoHistory;
  /** The Quotes list: quotations found, reviewed, accepted as passages. */
  quoteReview: QuoteReview;
  search: SearchService;
  safekeeping: Safekeeping;
  notices: Notices;
  exports: Exports;
  projectImport: ProjectImport;
}

export class Notebook implements NotebookServices {
  constructor(
    private readonly services: NotebookServices,
    /** Settles when the start-up integrity check (and the day's backup) has run. */
    readonly checked: Promise<void>,
    /** Gives up the notebook folder's lock, so another Scholia may open it. */
    private readonly unlock: () => Promise<void> = async () => undefined,
  ) {}

  get feed() {
    return this.services.feed;
  }
  get jobs() {
    return this.services.jobs;
  }
  get exports() {
    return this.services.exports;
  }
  get projectImport() {
    return this.services.projectImport;
  }
  get library() {
    return this.services.library;
  }
  get queries() {
    return this.services.queries;
  }
  get analysis() {
    return this.services.analysis;
  }
  get sharedText() {
    return this.services.sharedText;
  }
  get quoteReview() {
    return this.services.quoteReview;
  }
  get entities() {
    return this.services.entities;
  }
  get details() {
    return this.services.details;
  }
  get attributes() {
    return this.services.attributes;
  }

  get memos() {
    return this.services.memos;
  }

  get versions() {
    return this.services.versions;
  }
  get removal() {
    return this.services.removal;
  }
  get reading() {
    return this.services.reading;
  }
  get viewSettings() {
    return this.services.viewSettings;
  }
  get imports() {
    return this.services.imports;
  }
  get tags() {
    return this.services.tags;
  }
  get passages() {
    return this.services.passages;
  }
  get passageBatch() {
    return this.services.passageBatch;
  }
  get history() {
    return this.services.history;
  }
  /** Read at each call: a restore swaps the live search for a stand-in that refuses. */
  get search() {
    return this.services.search;
  }
  get safekeeping() {
    return this.services.safekeeping;
  }
  get notices() {
    return this.services.notices;
  }

  /** True once a backup was restored over this notebook's files: it must not be used any more. */
  get isReplaced(): boolean {
    return this.safekeeping.isReplaced;
  }

  /** Saves what must be saved (the search index), stops background work and gives up the folder. */
  async close(): Promise<void> {
    await this.checked;
    await this.search.close();
    await this.analysis.close();
    await this.sharedText.close();
    await this.quoteReview.close();
    await this.entities.close();
    await this.unlock();
  }
}
