import type { useE2eSession } from './session';

/** The sample article in a fresh notebook, its search index built, open in a window. */
export async function openSearchable(session: ReturnType<typeof useE2eSession>) {
  const server = await session.serve(await session.tempDir());
  await server.notebook.search.ready();
  const app = await session.open(server);
  await app.page.getByRole('heading', { level: 1 }).waitFor();
  await app.page.getByRole('button', { name: '+ Tag document' }).waitFor();
  return { app, server };
}
