let last = 0;

/**
 * The current time as an ISO string, strictly increasing within this process so
 * that "changed later" is always well defined for rows edited in quick succession.
 */
export function nowIso(): string {
  const now = Date.now();
  last = now > last ? now : last + 1;
  return new Date(last).toISOString();
}
