/**
 * What the user must be told (a recovered file, a failed background check),
 * kept for the session. Each notice is announced on the change feed as it is
 * raised, so the window shows it at once, not after the next edit.
 */
import type { Notice } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import type { ChangeFeed } from '../changes/change-feed';

export class Notices {
  private readonly notices: Notice[] = [];

  constructor(
    private readonly deps: { feed: ChangeFeed; now: () => Date; newId: () => string },
  ) {}

  list(): Notice[] {
    return [...this.notices];
  }

  notify(level: Notice['level'], message: string): Notice {
    const notice: Notice = { id: this.deps.newId(), level, message, createdAt: this.deps.now().toISOString() };
    this.notices.push(notice);
    this.deps.feed.publish([{ scope: 'notices', kind: 'added', ids: [notice.id] }]);
    return notice;
  }

  dismiss(id: string): null {
    const index = this.notices.findIndex((n) => n.id === id);
    if (index === -1) throw new ScholiaFailure('not-found', 'That notice no longer exists.');
    this.notices.splice(index, 1);
    this.deps.feed.publish([{ scope: 'notices', kind: 'removed', ids: [id] }]);
    return null;
  }
}
