import { Document, Packer, Paragraph, TextRun, PageBreak } from 'docx';

/** One article of a Nexis Uni download, as its lines appear in the Word or text export. */
export interface NexisArticle {
  headline: string;
  outlet: string;
  dateLine: string;
  byline?: string;
  section?: string;
  paragraphs: string[];
  language?: string;
}

export const NEXIS_ARTICLES: readonly NexisArticle[] = [
  {
    headline: "Kerry tells Russia US patience on Syria 'limited'",
    outlet: 'Agence France Presse -- English',
    dateLine: 'May 4, 2016 Wednesday 3:52 PM GMT',
    byline: 'Jo Biddle',
    section: 'POLITICS',
    paragraphs: [
      'US Secretary of State John Kerry warned Russia on Wednesday that Washington’s patience over the Syrian conflict was limited.',
      'Kerry said he had spoken to his Russian counterpart Sergei Lavrov about the deteriorating situation in Aleppo.',
    ],
    language: 'ENGLISH',
  },
  {
    headline: 'Aleppo truce extended by 48 hours',
    outlet: 'The Guardian (London)',
    dateLine: 'May 6, 2016 Friday',
    byline: 'Martin Chulov in Beirut',
    section: 'WORLD NEWS; Pg. 18',
    paragraphs: [
      'A fragile truce in the northern Syrian city of Aleppo was extended by two days on Friday, the Syrian army said.',
      'Residents described the first quiet night in a fortnight.',
      'Aid agencies said they were ready to deliver food if the calm held.',
    ],
    language: 'ENGLISH',
  },
  {
    headline: 'Syria: talks in Geneva stall again',
    outlet: 'The New York Times',
    dateLine: '7 May 2016 Saturday',
    section: 'Section A; Column 0; Foreign Desk; Pg. 6',
    paragraphs: ['Negotiators left Geneva without a date for the next round, diplomats said.', 'The opposition blamed continued air strikes.'],
  },
];

/** The cover page a Nexis Uni download opens with, before its first article. */
const COVER = ['User Name: Research Team', 'Date and Time: May 9, 2016 10:12:00 AM EST', 'Job Number: 28476234', 'Documents (3)', "1. Kerry tells Russia US patience on Syria 'limited'", 'Client/Matter: -None-', 'Search Terms: Syria AND Kerry', 'Search Type: Boolean'];

/** An article's lines as Nexis writes them: one line per Word paragraph. */
export function nexisLines(article: NexisArticle, number: number): string[] {
  return [
    article.headline,
    article.outlet,
    article.dateLine,
    `Copyright 2016 ${article.outlet} All Rights Reserved`,
    ...(article.section ? [`Section: ${article.section}`] : []),
    `Length: ${article.paragraphs.join(' ').split(/\s+/).length} words`,
    ...(article.byline ? [`Byline: ${article.byline}`] : []),
    'Body',
    ...article.paragraphs,
    `Load-Date: May ${9 + number}, 2016`,
    ...(article.language ? ['Classification', `Language: ${article.language}`, 'Publication-Type: Newswire', 'Subject: ARMED CONFLICT (92%)'] : []),
    'End of Document',
  ];
}

/** A Nexis Uni Word download of `articles`, cover page first, each article on its own page. */
export async function makeNexisDocx(articles: readonly NexisArticle[] = NEXIS_ARTICLES): Promise<Uint8Array> {
  const paragraphs: Paragraph[] = COVER.map((line) => new Paragraph(line));
  for (const [index, article] of articles.entries()) {
    paragraphs.push(new Paragraph({ children: [new PageBreak()] }));
    for (const [at, line] of nexisLines(article, index).entries()) {
      paragraphs.push(new Paragraph({ children: [new TextRun({ text: line, bold: at === 0 })] }));
    }
  }
  const doc = new Document({ creator: 'LexisNexis', sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The same download as plain text: blank lines between paragraphs, CRLF as Windows writes it. */
export function nexisText(articles: readonly NexisArticle[] = NEXIS_ARTICLES): string {
  const lines = [...COVER, ...articles.flatMap((article, index) => nexisLines(article, index))];
  return lines.join('\r\n\r\n');
}

/** An RSS 2.0 channel of a news site, with the namespaces most sites use. */
export function rssFeed(items = 3, extra = ''): string {
  const entries = Array.from({ length: items }, (_, index) => rssItem(index)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>The Levant Post &amp; Review</title>
  <link>https://levantpost.example/</link>
  <description>News from the Levant</description>
  <language>en-gb</language>
${entries}
${extra}
</channel>
</rss>`;
}

function rssItem(index: number): string {
  const day = 10 + index;
  return `  <item>
    <title>Madaya convoy ${index + 1} reaches the town</title>
    <link>https://levantpost.example/world/madaya-${index + 1}</link>
    <dc:creator><![CDATA[Rana Haddad]]></dc:creator>
    <pubDate>Mon, ${day} Jan 2016 09:30:00 +0000</pubDate>
    <guid isPermaLink="false">levant-${index + 1}</guid>
    <description>Short summary ${index + 1}.</description>
    <content:encoded><![CDATA[<p>Aid trucks entered Madaya on day ${index + 1} of the operation, residents said.</p><script>window.__pwned = true</script><img src="https://tracker.example/x.png" onerror="window.__pwned = true"><p>The United Nations said more convoys would follow.</p>]]></content:encoded>
  </item>`;
}

/** An Atom 1.0 feed: an HTML entry, a plain-text entry, an XHTML one. */
export function atomFeed(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title type="html">Le Courrier &lt;b&gt;du Levant&lt;/b&gt;</title>
  <link href="https://courrier.example/"/>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2016-05-04T18:30:02Z</updated>
  <author><name>La rédaction</name></author>
  <entry>
    <title>Trêve à Alep</title>
    <link rel="alternate" href="/monde/treve-alep"/>
    <id>urn:1</id>
    <published>2016-05-04T12:00:00+02:00</published>
    <updated>2016-05-05T08:00:00Z</updated>
    <author><name>Claire Dupont</name></author>
    <content type="html">&lt;p&gt;La trêve a été prolongée.&lt;/p&gt;&lt;p&gt;Les habitants respirent.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Genève, sans date</title>
    <link href="https://courrier.example/monde/geneve"/>
    <id>urn:2</id>
    <updated>2016-05-06T08:00:00Z</updated>
    <summary>Les négociateurs sont repartis.

Aucune date n'a été fixée.</summary>
  </entry>
  <entry>
    <title>En images</title>
    <id>urn:3</id>
    <updated>2016-05-06T09:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Une <b>photo</b> du jour.</p></div></content>
  </entry>
</feed>`;
}

/** A page saved by Chrome as "Webpage, Single File": the page quoted-printable, then an image and a style sheet. */
export function mhtmlArchive(page: string, options: { encoding?: 'quoted-printable' | 'base64'; charset?: string; pageType?: string } = {}): Uint8Array {
  const boundary = '----MultipartBoundary--7XWdDN9jq2ZYHZxv8Fr6Ho9jbjsnnqTS9Nx8jg1vhk----';
  const encoding = options.encoding ?? 'quoted-printable';
  const pageBytes = options.charset === 'windows-1252' ? Buffer.from(page, 'latin1') : Buffer.from(page, 'utf8');
  const body = encoding === 'base64' ? pageBytes.toString('base64').replace(/(.{76})/g, '$1\r\n') : quotedPrintable(pageBytes);
  const text = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://levantpost.example/world/madaya',
    'Subject: Siege of Madaya deepens',
    'Date: Fri, 8 Jan 2016 10:00:00 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://levantpost.example/logo.png',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    `--${boundary}`,
    `Content-Type: ${options.pageType ?? 'text/html'}${options.charset ? `; charset=${options.charset}` : ''}`,
    'Content-ID: <frame-1B2C@mhtml.blink>',
    `Content-Transfer-Encoding: ${encoding}`,
    'Content-Location: https://levantpost.example/world/madaya',
    '',
    body,
    '',
    `--${boundary}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: cid:css-1@mhtml.blink',
    '',
    'body { color: red; }',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** Quoted-printable as Chrome writes it: "=" and non-ASCII bytes escaped, lines folded at 76 with soft breaks. */
function quotedPrintable(bytes: Buffer): string {
  let line = '';
  const lines: string[] = [];
  for (const byte of bytes) {
    if (byte === 0x0a) {
      lines.push(line);
      line = '';
      continue;
    }
    const piece = byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte);
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  return lines.join('\r\n');
}
