/**
 * GUIDs as REFI-QDA wants them. Scholia's ids are mostly UUIDs already and are
 * kept as they are, so a project read back finds its own ids again; any other
 * id gets a GUID derived from it by hashing (a name-based UUID, RFC 4122
 * version 5), so the same notebook always exports the same GUIDs.
 */
import { createHash } from 'node:crypto';

/** The schema's GUIDType: 8-4-4-4-12 hex digits, optionally in braces. */
export const GUID_PATTERN = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

/** The namespace of every GUID Scholia derives; fixed forever, or exports would stop matching earlier ones. */
const SCHOLIA_NAMESPACE = Buffer.from('6f1c2b6e3a5d4b8e9c1f2d7a4e5b8c90', 'hex');

export const isGuid = (value: string): boolean => GUID_PATTERN.test(value);

/** One spelling per GUID (lower case, no braces), so "{ABC…}" and "abc…" are recognised as the same. */
export function canonicalGuid(guid: string): string {
  return guid.replace(/^\{|\}$/g, '').toLowerCase();
}

/** A stable GUID for a name: the same name always gives the same GUID, different names practically never do. */
export function derivedGuid(name: string): string {
  const hash = createHash('sha1').update(SCHOLIA_NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The GUID a Scholia record is written with: its own id when that is a GUID,
 * else one derived from the id and the kind of record, so a tag and a
 * document that happen to share an id still get two GUIDs.
 */
export function guidOf(kind: string, id: string): string {
  return isGuid(id) ? id : derivedGuid(`${kind}:${id}`);
}
