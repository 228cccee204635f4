import { useState } from 'react';
import type { Attribute, AttributeType } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { ConfirmBox } from '../../components/ConfirmBox';
import { change } from '../../data/actions';
import { attributesQuestion } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { showToast } from '../toasts/toasts';
import { TYPE_NAMES } from './attribute-values';
import { countOf } from '../../data/count-words';

const TYPES = Object.keys(TYPE_NAMES) as AttributeType[];
/** Choices are typed on one line, the way codebooks write them: "wire | state media | independent". */
const splitChoices = (text: string) => text.split(/[|\n]/).map((choice) => choice.trim()).filter((choice) => choice !== '');

/**
 * The notebook's document attributes (case attributes, document variables):
 * defined here once, set in a document's details or on many documents chosen
 * in the library, and used to filter the library and in analysis and exports.
 */
export function AttributesView() {
  const attributes = useQuery(attributesQuestion);
  const [name, setName] = useState('');
  const [type, setType] = useState<AttributeType>('choice');
  const [choices, setChoices] = useState('');
  const define = async () => {
    const made = await change(scholia().attributes.define({ name, type, ...(type === 'choice' ? { choices: splitChoices(choices) } : {}) }));
    if (made) {
      setName('');
      setChoices('');
    }
  };
  const list = attributes.data ?? [];
  return (
    <section className="attributes-view" aria-labelledby="attributes-title">
      <header className="view-header">
        <h1 id="attributes-title">Attributes</h1>
        <p className="hint">Facts about whole documents, such as the kind of outlet or the country. Set them in a document’s details, or on several documents chosen in the library; filter the library by them.</p>
      </header>
      <form
        className="new-attribute"
        aria-label="New attribute"
        onSubmit={(event) => {
          event.preventDefault();
          void define();
        }}
      >
        <label>
          Name
          <input value={name} onChange={(event) => setName(event.target.value)} placeholder="outlet type" required />
        </label>
        <label>
          Type
          <select value={type} onChange={(event) => setType(event.target.value as AttributeType)}>
            {TYPES.map((option) => (
              <option key={option} value={option}>
                {TYPE_NAMES[option]}
              </option>
            ))}
          </select>
        </label>
        {type === 'choice' && (
          <label className="wide">
            Choices, separated by |
            <input value={choices} onChange={(event) => setChoices(event.target.value)} placeholder="wire | state media | independent" required />
          </label>
        )}
        <button type="submit" className="button-primary">
          Add attribute
        </button>
      </form>
      {attributes.error && <p className="field-error" role="alert">{attributes.error}</p>}
      {list.length === 0 && !attributes.loading ? (
        <p className="panel-empty">No attributes yet.</p>
      ) : (
        <ul className="attribute-list">
          {list.map((attribute) => (
            <AttributeRow key={attribute.id} attribute={attribute} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AttributeRow({ attribute }: { attribute: Attribute }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(attribute.name);
  const [choices, setChoices] = useState(attribute.choices.join(' | '));
  const save = async () => {
    const changes = { name, ...(attribute.type === 'choice' ? { choices: splitChoices(choices) } : {}) };
    if (await change(scholia().attributes.update({ id: attribute.id, ...changes }))) setEditing(false);
  };
  const remove = async () => {
    const done = await change(scholia().attributes.delete({ id: attribute.id }));
    setConfirming(false);
    if (done) showToast(`Deleted the attribute “${attribute.name}”${done.documentsChanged > 0 ? ` and its values on ${countOf(done.documentsChanged, 'document')}` : ''}.`);
  };
  return (
    <li className="attribute-row" data-attribute={attribute.name}>
      {editing ? (
        <form
          className="attribute-edit"
          aria-label={`Edit ${attribute.name}`}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label>
            Name
            <input value={name} autoFocus onChange={(event) => setName(event.target.value)} />
          </label>
          {attribute.type === 'choice' && (
            <label className="wide">
              Choices, separated by |
              <input value={choices} onChange={(event) => setChoices(event.target.value)} />
            </label>
          )}
          <button type="button" className="button-quiet small" onClick={() => setEditing(false)}>
            Cancel
          </button>
          <button type="submit" className="button-primary small">
            Save
          </button>
        </form>
      ) : (
        <div className="attribute-row-main">
          <span className="attribute-name">{attribute.name}</span>
          <span className="attribute-type">{TYPE_NAMES[attribute.type]}</span>
          {attribute.type === 'choice' && <span className="attribute-choices">{attribute.choices.join(' · ')}</span>}
          <div className="attribute-actions">
            <button type="button" className="button-quiet small" onClick={() => setEditing(true)} aria-label={`Edit ${attribute.name}`}>
              Edit
            </button>
            <button type="button" className="button-quiet small danger" onClick={() => setConfirming(true)} aria-label={`Delete ${attribute.name}`}>
              Delete
            </button>
          </div>
        </div>
      )}
      {confirming && (
        <ConfirmBox label={`Delete ${attribute.name}`} confirmLabel="Delete" onCancel={() => setConfirming(false)} onConfirm={() => void remove()}>
          Delete “{attribute.name}”? Every document’s value of it goes too. Undo brings both back.
        </ConfirmBox>
      )}
    </li>
  );
}
