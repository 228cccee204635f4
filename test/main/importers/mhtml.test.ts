import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/main/importers/detect-format';
import { importArticles, importFile } from '../../../src/main/importers/import-file';
import { importProblem, utf8 } from './support/article';
import { mhtmlArchive } from './support/news';

const page = readFileSync(new URL('../../fixtures/import/news-article.html', import.meta.url), 'utf8');

const CAFE_PAGE = `<!doctype html><html><head><meta charset="windows-1252"><title>Caf\xe9s of Homs reopen</title></head>
<body><article><h1>Caf\xe9s of Homs reopen</h1><p>The caf\xe9s of the old city reopened this week, their owners said, after four years of war.</p>
<p>\x93We missed the noise,\x94 one owner said, serving coffee to a full terrace on Thursday evening.</p></article></body></html>`;

describe('MHTML (a web page saved as a single file)', () => {
  it('imports the page inside exactly as the saved HTML page, whichever transfer encoding it uses', async () => {
    const asHtml = await importFile(utf8(page), 'news-article.html');
    for (const encoding of ['quoted-printable', 'base64'] as const) {
      const article = await importFile(mhtmlArchive(page, { encoding }), 'news-article.mhtml');
      expect(article).toEqual({ ...asHtml, url: asHtml.url ?? 'https://levantpost.example/world/madaya' });
    }
  });

  it('decodes the page by the charset its part names, and keeps the address it was saved from', async () => {
    const article = await importFile(mhtmlArchive(CAFE_PAGE, { charset: 'windows-1252' }), 'cafes.mht');
    expect(article.title).toBe('Cafés of Homs reopen');
    expect(article.text).toContain('“We missed the noise,” one owner said');
    expect(article.url).toBe('https://levantpost.example/world/madaya');
  });

  it('is recognised by its extension', () => {
    expect(detectFormat(mhtmlArchive(page), 'page.mhtml')).toBe('mhtml');
    expect(detectFormat(mhtmlArchive(page), 'page.MHT')).toBe('mhtml');
  });

  it('refuses an archive without an HTML part, and a file that is no MIME archive', async () => {
    const noPage = mhtmlArchive(page, { pageType: 'text/plain' });
    expect(await importProblem(() => importArticles(noPage, 'images.mhtml'))).toBe('no-content: "images.mhtml" holds no web page: none of its 3 parts is HTML.');
    expect(await importProblem(() => importArticles(utf8('Just a note saved with the wrong name.'), 'note.mhtml'))).toBe(
      'wrong-format: "note.mhtml" is not a web page saved as a single file (MHTML): it does not begin with MIME headers.',
    );
    const noBoundary = utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n--x\r\n');
    expect(await importProblem(() => importArticles(noBoundary, 'broken.mhtml'))).toMatch(/^wrong-format: "broken\.mhtml" is not a web page saved as a single file/);
  });
});
