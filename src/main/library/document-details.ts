/**
 * A document's details as the user corrects them: headline, byline, outlet,
 * published date, web address and language. Each edit is checked, written,
 * published (search takes in a new headline or byline at once) and undoable.
 */
import type { DocumentSummary } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import type { ChangeFeed } from '../changes/change-feed';
import type { Library } from './library';
import { clipForLabel } from '../changes/undo-label';

export interface DetailChanges {
  title?: string;
  byline?: string | null;
  source?: string;
  /** A date ("2016-05-04") or a date and time, ISO 8601; null when unknown. */
  publishedAt?: string | null;
  url?: string | null;
  language?: string | null;
}

type Details = Pick<DocumentSummary, 'title' | 'byline' | 'source' | 'publishedAt' | 'url' | 'language'>;

export const MAX_TITLE_LENGTH = 500;
export const MAX_DETAIL_LENGTH = 500;
export const MAX_URL_LENGTH = 2_048;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export class DocumentDetails {
  constructor(private readonly deps: { library: Library; feed: ChangeFeed }) {}

  async update(id: string, changes: DetailChanges): Promise<DocumentSummary> {
    const checked = checkDetails(changes);
    const fields = Object.keys(checked) as (keyof Details)[];
    if (fields.length === 0) return this.deps.library.find(id);
    let before: Partial<Details> = {};
    const after = await this.deps.library.update(id, (document) => {
      before = Object.fromEntries(fields.map((field) => [field, document[field]]));
      Object.assign(document, checked);
    });
    const put = async (values: Partial<Details>) => {
      const document = await this.deps.library.update(id, (record) => Object.assign(record, values));
      this.deps.feed.publish([{ scope: 'documents', kind: 'updated', documents: [document], fields }]);
    };
    this.deps.feed.publish([{ scope: 'documents', kind: 'updated', documents: [after], fields }], {
      label: `edit the details of “${clipForLabel(after.title)}”`,
      documentId: id,
      revert: () => put(before),
      redo: () => put(checked),
    });
    return after;
  }
}

/** The changes as they are stored, or a refusal saying what is wrong with one. */
export function checkDetails(changes: DetailChanges): Partial<Details> {
  const checked: Partial<Details> = {};
  if (changes.title !== undefined) {
    const title = changes.title.replace(/\s+/g, ' ').trim();
    if (title === '') throw new ScholiaFailure('invalid-input', 'A document needs a headline.');
    if (title.length > MAX_TITLE_LENGTH) throw new ScholiaFailure('invalid-input', `A headline can be at most ${MAX_TITLE_LENGTH} characters.`);
    checked.title = title;
  }
  if (changes.byline !== undefined) checked.byline = optionalText(changes.byline, 'A byline');
  if (changes.source !== undefined) checked.source = optionalText(changes.source, 'An outlet') ?? '';
  if (changes.publishedAt !== undefined) checked.publishedAt = publishedDate(changes.publishedAt);
  if (changes.url !== undefined) checked.url = webAddress(changes.url);
  if (changes.language !== undefined) {
    const language = changes.language?.trim() || null;
    if (language !== null && !LANGUAGE_TAG.test(language)) {
      throw new ScholiaFailure('invalid-input', `“${language}” is not a language code; write one such as “en”, “ar” or “zh-Hant”.`);
    }
    checked.language = language;
  }
  return checked;
}

function optionalText(value: string | null, what: string): string | null {
  if (value === null) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_DETAIL_LENGTH) throw new ScholiaFailure('invalid-input', `${what} can be at most ${MAX_DETAIL_LENGTH} characters.`);
  return text === '' ? null : text;
}

/** A date as the library stores it (midnight UTC for a date alone), or a refusal for what is not a real date. */
function publishedDate(value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  const time = Date.parse(DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text);
  // Date.parse rolls "2016-02-31" over to March: a date must read back as written.
  const valid = !Number.isNaN(time) && (!DATE_ONLY.test(text) || new Date(time).toISOString().slice(0, 10) === text);
  if (!valid || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
    throw new ScholiaFailure('invalid-input', `“${text.slice(0, 40)}” is not a date; write it as year-month-day, such as 2016-05-04.`);
  }
  return new Date(time).toISOString();
}

function webAddress(value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ScholiaFailure('invalid-input', `“${text.slice(0, 60)}” is not a web address; it should start with https:// or http://.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ScholiaFailure('invalid-input', 'A web address must start with https:// or http://.');
  if (url.username || url.password) throw new ScholiaFailure('invalid-input', 'A web address may not hold a user name or password.');
  if (url.href.length > MAX_URL_LENGTH) throw new ScholiaFailure('invalid-input', `A web address can be at most ${MAX_URL_LENGTH} characters.`);
  return url.href;
}

