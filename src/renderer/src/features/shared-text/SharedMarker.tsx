import { useContext, useRef, useState } from 'react';
import type { SharedBlock } from '../../../../shared/shared-text';
import { Popover } from '../passages/Popover';
import { BlockOpener } from './block-jump';
import { CopiesCoder } from './copies-coder';
import { alsoIn, copyDetails, moreLabel } from './shared-labels';

interface Props {
  documentId: string;
  block: SharedBlock;
}

/**
 * The discreet mark beside a paragraph that stands in other documents: a
 * button that says in how many, opening the list of those documents, each a
 * link to the copy itself. Decoration, outside the block's text, so
 * selections and offsets never see it.
 */
export function SharedMarker({ documentId, block }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const open = anchor !== null;
  const button = useRef<HTMLButtonElement>(null);
  const openAt = useContext(BlockOpener);
  const codeCopies = useContext(CopiesCoder);
  const label = alsoIn(block.documents);
  const more = moreLabel(block);
  const close = () => {
    setAnchor(null);
    button.current?.focus();
  };
  return (
    <div className="shared-marker" data-decor="">
      <button
        ref={button}
        type="button"
        className="shared-marker-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={`${label}: show where this paragraph also stands`}
        onClick={(event) => setAnchor(open ? null : event.currentTarget)}
      >
        <CopiesIcon />
        {label}
      </button>
      {anchor && (
        <Popover anchor={anchor} label={label} onClose={close}>
          <p className="popover-title">This paragraph also stands in</p>
          <ul className="shared-copies">
            {block.copies.map((copy) => (
              <li key={copy.documentId}>
                <button
                  type="button"
                  className="shared-copy-link"
                  onClick={() => {
                    setAnchor(null);
                    openAt(copy.documentId, copy.blockIndex);
                  }}
                >
                  <span className="shared-copy-title">{copy.title || 'Untitled'}</span>
                  <span className="shared-copy-details">{copyDetails(copy)}</span>
                </button>
              </li>
            ))}
          </ul>
          {more && <p className="shared-copies-more">{more}</p>}
          <button
            type="button"
            className="button-quiet small shared-code-copies"
            onClick={() => {
              setAnchor(null);
              codeCopies({ documentId, blockIndex: block.blockIndex });
            }}
          >
            Code all copies…
          </button>
        </Popover>
      )}
    </div>
  );
}

function CopiesIcon() {
  return (
    <svg className="shared-marker-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <rect x="1.5" y="4.5" width="9" height="10" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M5.5 2.5h7a2 2 0 0 1 2 2v8" fill="none" stroke="currentColor" strokeWidth="1.3" />
    </svg>
  );
}
