/**
 * The timeline last chosen in the Timelines view (null for All events),
 * remembered across sessions: "Add to timeline" ticks it by default. Ids are
 * unique across projects, and a remembered id that is not in the open
 * project's list is simply not ticked.
 */
const KEY = 'dossier:current-timeline';

export function readCurrentTimeline(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function writeCurrentTimeline(timelineId: string | null): void {
  try {
    if (timelineId) localStorage.setItem(KEY, timelineId);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage can be unavailable: then nothing is ticked by default.
  }
}
