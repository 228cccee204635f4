/**
 * How the window looks (theme, reader type, side panes), kept in the
 * session file beside where the user left off, so it travels with the
 * notebook's backups and archives.
 */
import type { ChangeFeed } from '../changes/change-feed';
import type { SessionFile } from '../store/schema';
import type { TransactionalFile } from '../store/transactional-file';
import { applyViewSettingsPatch, DEFAULT_VIEW_SETTINGS, type ViewSettings, type ViewSettingsPatch } from '../../shared/settings';

export class ViewSettingsService {
  constructor(private readonly deps: { file: TransactionalFile<SessionFile>; feed: ChangeFeed }) {}

  get(): ViewSettings {
    return this.deps.file.data.viewSettings ?? DEFAULT_VIEW_SETTINGS;
  }

  /** Applies a change and answers with the settings as stored. */
  async set(patch: ViewSettingsPatch): Promise<ViewSettings> {
    const next = await this.deps.file.update((session) => {
      session.viewSettings = applyViewSettingsPatch(session.viewSettings ?? DEFAULT_VIEW_SETTINGS, patch);
      return session.viewSettings;
    });
    this.deps.feed.publish([{ scope: 'session', documentIds: [] }]);
    return next;
  }
}
