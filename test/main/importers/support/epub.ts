import { zipOf } from './zip';

const chapter = (title: string, body: string) => `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>${title}</title><link rel="stylesheet" href="../css/book.css"/><script>alert('epub')</script></head>
<body>${body}</body>
</html>`;

const PAPER_MEMORY = `
    <dc:identifier id="id">urn:uuid:12345</dc:identifier>
    <dc:title>Paper Memory</dc:title>
    <dc:creator>Mina Haddad</dc:creator>
    <dc:creator>Omar Said</dc:creator>
    <dc:publisher>Ledger Books</dc:publisher>
    <dc:date>2018-05-01</dc:date>`;

/**
 * A small EPUB 3 book whose spine order differs from its manifest order, with
 * a nav document and a non-linear note; `metadata` replaces its Dublin Core entries.
 */
export function makeEpub(metadata = PAPER_MEMORY): Promise<Uint8Array> {
  return zipOf({
    mimetype: 'application/epub+zip',
    'META-INF/container.xml': `<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`,
    'OEBPS/content.opf': `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">${metadata}</metadata>
  <manifest>
    <item id="ch2" href="text/chapter%202.xhtml" media-type="application/xhtml+xml"/>
    <item id="ch1" href="text/chapter1.xhtml" media-type="application/xhtml+xml"/>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="note" href="text/note.xhtml" media-type="application/xhtml+xml"/>
    <item id="css" href="css/book.css" media-type="text/css"/>
  </manifest>
  <spine>
    <itemref idref="nav"/>
    <itemref idref="ch1"/>
    <itemref idref="ch2"/>
    <itemref idref="note" linear="no"/>
  </spine>
</package>`,
    'OEBPS/nav.xhtml': chapter('Contents', '<nav epub:type="toc"><ol><li><a href="text/chapter1.xhtml">One</a></li></ol></nav>'),
    'OEBPS/text/chapter1.xhtml': chapter(
      'One',
      '<section><h1>Chapter One</h1><p>The first chapter begins <em>here</em>.</p><img src="https://evil.example/x.png" onerror="alert(1)"/><blockquote><p>A quoted line.</p></blockquote></section>',
    ),
    'OEBPS/text/chapter 2.xhtml': chapter('Two', '<h1>Chapter Two</h1><ul><li>First item</li><li>Second item</li></ul>'),
    'OEBPS/text/note.xhtml': chapter('Note', '<p>A pop-up note read only through its link.</p>'),
    'OEBPS/css/book.css': 'body { color: black }',
  });
}
