import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/session';

const session = useE2eSession();

describe('links in notes', () => {
  it('opens a web link the user clicks in their browser, and nothing else, without leaving the notebook', async () => {
    const server = await session.serve(await session.tempDir());
    const documentId = server.notebook.library.list()[0]!.id;
    await server.notebook.passages.create({
      documentId,
      start: 60,
      end: 90,
      tagIds: [],
      note: 'Full remarks: [State Department](https://www.state.gov/remarks/kerry). Not this: [local](file:///etc/passwd)',
    });
    const app = await session.open(server);
    const { page } = app;
    const note = page.locator('.passage-card .note-view');
    await note.waitFor();
    const before = page.url();

    await note.getByRole('link', { name: 'State Department' }).click();
    await expect.poll(() => server.desktop.opened).toEqual(['https://www.state.gov/remarks/kerry']);
    // The file: link lost its target when the note was rendered: it is text, and a click opens nothing.
    expect(await note.getByRole('link', { name: 'local' }).count()).toBe(0);
    await note.getByText('local').click();
    await app.screenshot('note-link');

    expect(page.url()).toBe(before);
    expect(server.desktop.opened).toEqual(['https://www.state.gov/remarks/kerry']);
  });
});
