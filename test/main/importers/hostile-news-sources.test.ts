/**
 * Feeds, page archives and news exports that are huge or hostile, read in the
 * import worker as the app reads them: each is refused with its reason, and
 * nothing of it reaches the notebook.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPool } from '../../../src/main/importers/import-pool';
import { MAX_ARTICLES_PER_FILE } from '../../../src/main/importers/parsed-file';
import { openNotebook } from '../../../src/main/notebook/open-notebook';
import { importPoolFromSource } from '../../support/import-pool';
import { snapshotFolder } from '../../support/notebook';
import { sampleArticle } from '../../support/sample';
import { useTempDirs } from '../../support/temp-dir';
import { utf8 } from './support/article';
import { mhtmlArchive, rssFeed } from './support/news';

const tempDir = useTempDirs();
let pool: ImportPool | null = null;

afterEach(async () => {
  await pool?.close();
  pool = null;
});

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title><description>&lol3;</description></item></channel></rss>`;

const EXTERNAL = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY file SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&file;</title><description>&file;</description></item></channel></rss>`;

describe('hostile news sources, read in the import worker', () => {
  it('refuses each with its reason and stores nothing of it', { timeout: 60_000 }, async () => {
    pool = importPoolFromSource();
    const dir = await tempDir();
    const imports = pool;
    const notebook = await openNotebook({ dataDir: dir, sample: sampleArticle(), importer: (bytes, name) => imports.importInWorker(bytes, name) });
    try {
      await notebook.checked;
      const before = await snapshotFolder(dir);
      const flood = `<rss version="2.0"><channel><title>Flood</title>${'<item><title>t</title><description>d</description></item>'.repeat(50_000)}</channel></rss>`;
      const manyArticles = 'H\nO\nMay 4, 2016\nBody\nText.\nEnd of Document\n'.repeat(MAX_ARTICLES_PER_FILE * 5);
      const cases: [string, Uint8Array, RegExp][] = [
        ['laughs.rss', utf8(LAUGHS), /declares a document type \(DOCTYPE\)/],
        ['external.xml', utf8(EXTERNAL), /declares a document type \(DOCTYPE\)/],
        ['flood.rss', utf8(flood), /holds 50,000 items; Scholia imports up to 1,000/],
        ['images.mhtml', mhtmlArchive('<p>x</p>', { pageType: 'image/svg+xml' }), /holds no web page/],
        ['export.txt', utf8(manyArticles), /holds 5,000 articles; Scholia imports up to 1,000/],
        ['huge.rss', new Uint8Array(21 * 1024 * 1024).fill(0x20), /21\.0 MB; Scholia imports a news feed \(RSS or Atom\) of up to 20 MB/],
      ];
      // A huge feed is still told by its root element: the padding goes after it.
      cases[5]![1].set(utf8('<rss version="2.0"><channel>'), 0);
      for (const [name, bytes, reason] of cases) {
        await expect(notebook.imports.file(bytes, name), name).rejects.toMatchObject({ code: 'import-failed', message: expect.stringMatching(reason) });
      }
      expect(await snapshotFolder(dir)).toEqual(before);
      const good = await notebook.imports.file(utf8(rssFeed(3)), 'levant.rss');
      expect(good.articles.map((outcome) => outcome.status)).toEqual(['imported', 'imported', 'imported']);
    } finally {
      await notebook.close();
    }
  });
});
