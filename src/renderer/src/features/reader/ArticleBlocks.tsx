import { Fragment, memo, type ReactNode } from 'react';
import type { Block, DocumentView } from '../../../../shared/model';
import type { HighlightSegment } from '../../../../shared/anchoring/highlight-segments';
import { formatDate, formatPublished, formatWordCount, readingMinutes } from '../library/format';
import { cssVar } from '../tags/TagChip';
import type { HighlightPaint } from '../../../../shared/colors/highlight-paint';
import { highlightLabel } from './highlight-label';

export interface HighlightStyle {
  /** Colour of a passage's highlight, by passage id. */
  colorOf: (passageId: string) => string;
  /** Passages to draw as selected (clicked, or chosen in the sidebar). */
  activeIds: ReadonlySet<string>;
  /** A passage to flash once, after a jump to it. */
  flashId: string | null;
  /** The selection being tagged, drawn before it becomes a passage. */
  pendingId: string | null;
  /** A tag colour as drawn on the current theme. */
  paint: (color: string) => HighlightPaint;
  /** A passage's tags by path, for what a screen reader says of its highlight. */
  tagPathsOf: (passageId: string) => readonly string[];
}

interface Props {
  document: DocumentView;
  /** Highlight segments per block, from segmentBlocks. */
  segments: readonly HighlightSegment[][];
  highlight: HighlightStyle;
  /** Rendered after the front matter: document tags, for instance. */
  metaExtra?: ReactNode;
  /** Decoration rendered after a block (a shared-text marker), by block index. */
  blockExtra?: (index: number) => ReactNode;
}

/**
 * Renders a document's blocks in order. Each block element holds exactly its
 * slice of the document text, split into highlight marks, and nothing else,
 * so a selection maps straight back to character offsets (see dom-range);
 * decorations live in sibling elements. Each block finds its own direction
 * (`dir="auto"`), so an Arabic paragraph reads right to left in any article
 * and an English quote left to right in an Arabic one.
 */
export const ArticleBlocks = memo(function ArticleBlocks({ document, segments, highlight, metaExtra, blockExtra }: Props) {
  const lastFrontMatter = lastIndexOf(document.blocks, (b) => FRONT_MATTER.has(b.kind));
  const nodes: ReactNode[] = [];
  const meta = <ArticleMeta key="meta" document={document} extra={metaExtra} />;
  const language = document.language ?? undefined;
  document.blocks.forEach((block, index) => {
    const content = renderSegments(document.text, block, segments[index], highlight);
    nodes.push(<BlockElement key={index} block={block} index={index} language={language} content={content} />);
    const extra = blockExtra?.(index);
    if (extra) nodes.push(<Fragment key={`extra-${index}`}>{extra}</Fragment>);
    if (index === lastFrontMatter) nodes.push(meta);
  });
  if (lastFrontMatter === -1) nodes.unshift(meta);
  return <>{nodes}</>;
});

const FRONT_MATTER = new Set<Block['kind']>(['title', 'standfirst', 'byline']);

function renderSegments(text: string, block: Block, segments: readonly HighlightSegment[] | undefined, style: HighlightStyle): ReactNode {
  if (!segments || segments.every((s) => s.passageIds.length === 0)) return text.slice(block.start, block.end);
  return segments.map((segment) => {
    const content = text.slice(segment.start, segment.end);
    if (segment.target === null) return content;
    const ids = segment.passageIds;
    const classes = ['hl'];
    if (ids.length > 1) classes.push('hl-nested');
    if (ids.some((id) => style.activeIds.has(id))) classes.push('hl-active');
    if (style.flashId !== null && ids.includes(style.flashId)) classes.push('hl-flash');
    if (segment.target === style.pendingId) classes.push('hl-pending');
    const paint = style.paint(style.colorOf(segment.target));
    return (
      <mark
        key={segment.start}
        className={classes.join(' ')}
        data-passage-ids={ids.join(' ')}
        data-target={segment.target}
        // Read out through CSS generated content (see reader.css), so it is neither text the selection maps to nor copied.
        data-label={highlightLabel(ids.map(style.tagPathsOf))}
        style={{
          ...cssVar('--hl', ids.length > 1 ? paint.strong : paint.fill),
          ...cssVar('--hl-line', paint.edge),
          ...cssVar('--hl-outer', style.paint(style.colorOf(ids[0]!)).edge),
        }}
      >
        {content}
      </mark>
    );
  });
}

function BlockElement({ block, index, language, content }: { block: Block; index: number; language: string | undefined; content: ReactNode }) {
  const props = { 'data-block': index, 'data-start': block.start, className: `block block-${block.kind}`, dir: 'auto', lang: language };
  switch (block.kind) {
    case 'title':
      return <h1 {...props}>{content}</h1>;
    case 'heading':
      return <h2 {...props}>{content}</h2>;
    case 'quote':
      return <blockquote {...props}>{content}</blockquote>;
    case 'list-item':
      return <p {...props}>{content}</p>;
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

function ArticleMeta({ document, extra }: { document: DocumentView; extra: ReactNode }) {
  // The interface's words about the article, not the article's: in the interface's language and
  // direction, so "Delete…" keeps its dots after the word in an Arabic article.
  const page = globalThis.document.documentElement;
  return (
    <div className="article-meta" data-decor="" lang={page.lang || undefined} dir={page.dir || 'ltr'}>
      <p>
        {document.source !== '' && (
          <>
            <span className="article-outlet">{document.source}</span>
            <span aria-hidden="true"> · </span>
          </>
        )}
        {document.publishedAt ? (
          <time dateTime={document.publishedAt}>Published {formatPublished(document.publishedAt)}</time>
        ) : (
          <time dateTime={document.addedAt}>Added {formatDate(document.addedAt)}</time>
        )}
        <span aria-hidden="true"> · </span>
        <span>
          {formatWordCount(document.wordCount)}, about {readingMinutes(document.wordCount)} min
        </span>
      </p>
      {extra}
    </div>
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
