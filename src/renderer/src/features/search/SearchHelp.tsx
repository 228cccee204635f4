const EXAMPLES: [string, string][] = [
  ['ceasefire talks', 'both words, anywhere (best matches first)'],
  ['"cessation of hostilities"', 'the exact phrase, words together and in order'],
  ['+Kerry -Lavrov', 'must contain Kerry, must not contain Lavrov'],
  ['title:syria', 'only in a field: title, byline, body, quote, note, tags'],
  ['besie*', 'words starting with “besie”'],
  ['hostilites~1', 'words within one typo'],
  ['ceasefire^3 truce', 'ceasefire counts three times as much'],
  ['tag:themes/ceasefire', 'passages with that tag or a tag inside it'],
  ['in:passages  in:documents  in:notes', 'search only passages, documents, or notes and memos'],
];

/** The query language at a glance, with examples. */
export function SearchHelp() {
  return (
    <div className="search-help" role="note" aria-label="Search syntax">
      <table>
        <tbody>
          {EXAMPLES.map(([query, meaning]) => (
            <tr key={query}>
              <td>
                <code>{query}</code>
              </td>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Words are matched by their stem: “ceasefires” finds “ceasefire”, and “Kerry” finds “Kerry’s”.</p>
    </div>
  );
}
