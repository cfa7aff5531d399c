import type { ClaimEntityRef, ClaimRole, ClaimStatus, Credibility, Reliability } from '../../shared/api/types';
import { credibilityLabel } from '../../shared/grades/admiraltyGrade';
import { reliabilityLabel } from '../../shared/grades/reliability';
import { claimsStrings as s } from './claimsStrings';

/** How claim values read in the grid, the panel and the CSV: one place for all three. */
export const claimStatuses: readonly ClaimStatus[] = ['unverified', 'corroborated', 'disputed', 'refuted'];
export const claimRoles: readonly ClaimRole[] = ['subject', 'object', 'mentioned'];
export const reliabilities: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
export const credibilities: readonly Credibility[] = [1, 2, 3, 4, 5, 6];

export function statusLabel(status: ClaimStatus): string {
  return s.statuses[status] ?? status;
}

export function reliabilityText(grade: Reliability): string {
  return `${grade} — ${reliabilityLabel(grade)}`;
}

export function credibilityText(grade: Credibility): string {
  return `${grade} — ${credibilityLabel(grade)}`;
}

/** "B — Usually reliable; 2 — Probably true": what a grade such as B2 stands for. */
export function gradeMeaning(reliability: Reliability, credibility: Credibility): string {
  return s.gradeTitle(reliabilityText(reliability), credibilityText(credibility));
}

const roleOrder: Record<ClaimRole, number> = { subject: 0, object: 1, mentioned: 2 };

/** Subjects first, then objects, then mentions; alphabetical within each. */
export function sortClaimEntities<T extends { role: ClaimRole; name: string }>(entities: readonly T[]): T[] {
  return [...entities].sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name));
}

const entitiesTextCache = new WeakMap<readonly ClaimEntityRef[], string>();

/**
 * "Karvenia (subject), Dravik (object)". Cached per list: the grid asks for
 * it on every sort, filter and quick search, over up to 50,000 rows.
 */
export function entitiesText(entities: readonly ClaimEntityRef[]): string {
  if (entities.length === 0) return '';
  let text = entitiesTextCache.get(entities);
  if (text === undefined) {
    text = sortClaimEntities(entities)
      .map((e) => `${e.name} (${s.roles[e.role].toLowerCase()})`)
      .join(', ');
    entitiesTextCache.set(entities, text);
  }
  return text;
}

/** The next entity added is the subject, then the object, then merely mentioned. */
export function nextRole(current: readonly { role: ClaimRole }[]): ClaimRole {
  if (!current.some((e) => e.role === 'subject')) return 'subject';
  if (!current.some((e) => e.role === 'object')) return 'object';
  return 'mentioned';
}

/** A short form of a long text, for accessible names and notices. */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Spreadsheets run cells that start with = + - @ as formulas: a statement
 * quoted from a hostile page must stay text when the CSV is opened.
 */
export function csvSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
