import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { ProjectData } from '../../../src/main/outputs/project-data';
import { writeMarkdownReport } from '../../../src/main/outputs/report-markdown';
import { passageOn, projectFixture } from './project-fixture';

async function report(order: 'tag' | 'document', project: ProjectData = projectFixture()) {
  const seen: number[] = [];
  const markdown = new TextDecoder().decode(await writeMarkdownReport(project, { reportOrder: order }, (f) => seen.push(f)));
  return { markdown, html: marked.parse(markdown, { async: false, gfm: true }), seen };
}
const headingsOf = (html: string) => [...html.matchAll(/<h(\d)>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`);

describe('the Markdown report by tag', async () => {
  const { markdown, html, seen } = await report('tag');

  it('opens with the project title and the export date', () => {
    expect(markdown.startsWith('# Syria truce coverage\n\nExported 10 June 2016, passages by tag.\n')).toBe(true);
    expect([seen[0], seen.at(-1)]).toEqual([0, 1]);
  });

  it('renders a heading per tag, nested by depth, and the journal last', () => {
    expect(headingsOf(html)).toEqual([
      '1 Syria truce coverage', '2 actors', '3 actors/Kerry', '3 actors/Lavrov', '2 themes', '3 themes/ceasefire',
      '3 themes/humanitarian', '2 method notes', '2 Passages with no tag', '2 Journal', '3 Second pass', '3 First reading',
    ]);
  });

  it('quotes passages as block quotes followed by a citation line with the linked web address', () => {
    expect(markdown).toContain(
      '> Kerry said the ceasefire would hold\n\n— Kerry and Lavrov agree on a Syria truce, Reuters, 4 May 2016, paragraph 2, <https://example.com/world/syria-truce>',
    );
    expect(html).toContain('<blockquote>\n<p>Sergei Lavrov</p>\n</blockquote>');
    expect(html).toContain('<a href="https://example.com/world/syria-truce">https://example.com/world/syria-truce</a>');
  });

  it('escapes a title whose brackets and stars would otherwise become a link and emphasis', () => {
    expect(html).toContain('— Notes from the border [draft] *unverified*, paragraph 3</p>');
    expect(html).not.toContain('<em>unverified</em>');
  });

  it('keeps notes and memos as Markdown, with their headings made bold and internal links reduced to their words', () => {
    expect(html).toContain('<p><strong>Note</strong></p>\n<p>Hedged, as usual: &quot;for now&quot;.\nSee also Lavrov.</p>');
    expect(html).toContain('Kerry is <em>hedging</em>: see <a href="https://example.com/world/syria-truce">Reuters</a>.');
    expect(html).toContain('<pre><code>code, kept\n</code></pre>');
    expect(html).toContain('<p><strong>Plan</strong></p>');
    expect(markdown).toContain('- check the truce');
    expect(markdown).not.toContain('scholia://');
  });

  it('puts the journal newest first', () => {
    expect(markdown.indexOf('### Second pass')).toBeLessThan(markdown.indexOf('### First reading'));
    expect(markdown).toContain('### First reading\n\n1 June 2016\n\nStarted coding; focus on *actors*.');
  });

  it('keeps the report whole when a memo leaves a code fence open', async () => {
    const project = projectFixture();
    project.memos[3]!.body = '```\nnever closed';
    const broken = await report('tag', project);
    expect(headingsOf(broken.html)).toContain('3 actors/Lavrov');
  });

  it('quotes a passage over two paragraphs as one block quote of two paragraphs', async () => {
    const project = projectFixture();
    const truce = project.documents[0]!;
    project.passages = [passageOn(truce, 'p-long', 'would hold, "for now".\n\nSergei Lavrov', { tagIds: ['t-kerry'] })];
    const { html: long } = await report('tag', project);
    expect(long).toContain('<blockquote>\n<p>would hold, &quot;for now&quot;.</p>\n<p>Sergei Lavrov</p>\n</blockquote>');
  });
});

describe('the Markdown report by document', async () => {
  const { markdown, html } = await report('document');

  it('renders each document with its details, then its passages with their tags, then its memo', () => {
    expect(headingsOf(html).slice(1, 4)).toEqual(['2 Kerry and Lavrov agree on a Syria truce', '2 Notes from the border [draft] *unverified*', '2 Why the truce may not last']);
    expect(markdown).toContain('- **Outlet:** Reuters\n- **Byline:** Arshad Mohammed\n- **Published:** 4 May 2016\n- **Web address:** <https://example.com/world/syria-truce>');
    expect(markdown).toContain('> Kerry said the ceasefire would hold\n\n— paragraph 2; tagged actors/Kerry, themes/ceasefire');
    expect(markdown).toContain('> a phrase that was edited away\n\n— no longer found in the current text; tagged themes/ceasefire');
    const truce = markdown.slice(markdown.indexOf('## Kerry and Lavrov'), markdown.indexOf('## Notes from the border'));
    expect(truce.indexOf('**Memo: On the truce article**')).toBeGreaterThan(truce.lastIndexOf('> '));
  });
});
