import { useContext, useState } from 'react';
import type { SharedCluster } from '../../../../shared/shared-text';
import { countOf } from '../../data/count-words';
import { BlockOpener } from './block-jump';
import { CopiesCoder } from './copies-coder';
import { clusterDates, copyPlace } from './shared-labels';
import { useSharedOverview } from './use-shared-overview';

/**
 * The notebook's shared text as a whole: each paragraph that stands in
 * several documents, the most widely shared first, with who printed it and
 * when; opened, its copies link to the paragraph in each document, and all
 * of them can be coded at once.
 */
export function SharedOverviewView() {
  const { overview, error } = useSharedOverview();
  const clusters = overview?.clusters ?? [];
  return (
    <section className="shared-overview" aria-label="Shared text">
      <header className="view-header">
        <h1>Shared text</h1>
        <p className="hint">Paragraphs that stand, identical or nearly so, in several documents: wire copy, press releases, a statement quoted everywhere.</p>
      </header>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="hint" role="status">
        {overview === null ? (error ? '' : 'Loading…') : overview.ready ? '' : 'Comparing the documents… the list fills in as they are compared.'}
      </p>
      {overview?.ready && clusters.length === 0 && <p className="panel-empty">No paragraph stands in more than one document yet.</p>}
      {clusters.length > 0 && (
        <ol className="shared-clusters" aria-label="Shared paragraphs, most widely shared first">
          {clusters.map((cluster) => (
            <ClusterRow key={`${cluster.members[0]!.documentId}#${cluster.members[0]!.blockIndex}`} cluster={cluster} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ClusterRow({ cluster }: { cluster: SharedCluster }) {
  const [open, setOpen] = useState(false);
  const openAt = useContext(BlockOpener);
  const codeCopies = useContext(CopiesCoder);
  const first = cluster.members[0]!;
  const listId = `shared-cluster-${first.documentId}-${first.blockIndex}`;
  const more = cluster.documents - cluster.members.length;
  const facts = [countOf(cluster.documents, 'document'), cluster.outlets.slice(0, 3).join(', ') + (cluster.outlets.length > 3 ? ` and ${cluster.outlets.length - 3} more` : ''), clusterDates(cluster)].filter(Boolean);
  return (
    <li className="shared-cluster">
      <div className="shared-cluster-head">
        <button type="button" className="shared-cluster-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <span className="shared-cluster-excerpt">{cluster.excerpt || 'A paragraph'}</span>
          <span className="shared-cluster-facts">{facts.join(' · ')}</span>
        </button>
        <button type="button" className="button-quiet small" onClick={() => codeCopies({ documentId: first.documentId, blockIndex: first.blockIndex })}>
          Code all copies…
        </button>
      </div>
      {open && (
        <ul id={listId} className="shared-copies shared-cluster-copies" aria-label="Copies">
          {cluster.members.map((member) => (
            <li key={member.documentId}>
              <button type="button" className="shared-copy-link" onClick={() => openAt(member.documentId, member.blockIndex)}>
                <span className="shared-copy-title">{member.title || 'Untitled'}</span>
                <span className="shared-copy-details">{copyPlace(member)}</span>
              </button>
            </li>
          ))}
          {more > 0 && <li className="shared-copies-more">and {countOf(more, 'more document')}</li>}
        </ul>
      )}
    </li>
  );
}
