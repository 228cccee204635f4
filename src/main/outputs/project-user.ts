import { createHash } from 'node:crypto';
import type { ProjectUser } from './project-data';

/**
 * The user exports name as their author. Their id is derived from the name
 * (a name-based UUID, version 5 style), so every export of one person's
 * notebook names the same user and other tools merge their codings.
 */
export function projectUser(name: string): ProjectUser {
  const cleaned = name.trim() || 'Scholia user';
  const hash = createHash('sha1').update(`scholia-user:${cleaned}`).digest('hex');
  const variant = ((parseInt(hash[16]!, 16) & 0x3) | 0x8).toString(16);
  const id = `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-${variant}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
  return { id, name: cleaned };
}
