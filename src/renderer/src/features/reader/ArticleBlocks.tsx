import type { ReactNode } from 'react';
import type { Block, DocumentView } from '../../../../shared/model';
import { formatDate, formatWordCount, readingMinutes } from '../library/format';

/**
 * Renders a document's blocks in order. Each block element holds exactly its
 * slice of the document text and nothing else, so a selection or a search hit
 * in the page maps straight back to character offsets; decorations live in
 * sibling elements or CSS.
 */
export function ArticleBlocks({ document }: { document: DocumentView }) {
  const lastFrontMatter = lastIndexOf(document.blocks, (b) => FRONT_MATTER.has(b.kind));
  const nodes: ReactNode[] = [];
  document.blocks.forEach((block, index) => {
    nodes.push(<BlockElement key={index} block={block} index={index} text={document.text} />);
    if (index === lastFrontMatter) nodes.push(<ArticleMeta key="meta" document={document} />);
  });
  if (lastFrontMatter === -1) nodes.unshift(<ArticleMeta key="meta" document={document} />);
  return <>{nodes}</>;
}

const FRONT_MATTER = new Set<Block['kind']>(['title', 'standfirst', 'byline']);

function BlockElement({ block, index, text }: { block: Block; index: number; text: string }) {
  const content = text.slice(block.start, block.end);
  const props = { 'data-block': index, 'data-start': block.start, className: `block block-${block.kind}` };
  switch (block.kind) {
    case 'title':
      return <h1 {...props}>{content}</h1>;
    case 'heading':
      return <h2 {...props}>{content}</h2>;
    case 'quote':
      return <blockquote {...props}>{content}</blockquote>;
    case 'caption':
      return (
        <figure className="caption">
          <CameraIcon />
          <figcaption {...props}>{content}</figcaption>
        </figure>
      );
    case 'byline':
      return (
        <p className="byline-line">
          <span className="byline-label" aria-hidden="true">
            By
          </span>
          <span {...props}>{content}</span>
        </p>
      );
    default:
      return <p {...props}>{content}</p>;
  }
}

function ArticleMeta({ document }: { document: DocumentView }) {
  return (
    <p className="article-meta" data-decor="">
      <span>{document.source}</span>
      <span aria-hidden="true"> · </span>
      <time dateTime={document.addedAt}>Added {formatDate(document.addedAt)}</time>
      <span aria-hidden="true"> · </span>
      <span>
        {formatWordCount(document.wordCount)}, about {readingMinutes(document.wordCount)} min
      </span>
    </p>
  );
}

function CameraIcon() {
  return (
    <svg className="caption-icon" viewBox="0 0 24 24" width="16" height="16" aria-label="Photo caption" role="img">
      <path
        d="M4 7h3l2-2.5h6L17 7h3a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      <circle cx="12" cy="12.5" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

function lastIndexOf<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i]!)) return i;
  return -1;
}
