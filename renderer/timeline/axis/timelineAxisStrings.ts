/** Strings of the visual timeline above the events grid. */
const numbers = new Intl.NumberFormat();

export const timelineAxisStrings = {
  label: 'Timeline',
  help: 'Left and Right arrows pan, plus and minus zoom, 0 fits all events, T goes to today. Enter selects the event nearest the centre line, [ and ] select the previous or next event, Escape clears the selection.',
  noType: 'No type',
  today: 'Today',
  zoomIn: 'Zoom in',
  zoomInHint: 'Zoom in (+)',
  zoomOut: 'Zoom out',
  zoomOutHint: 'Zoom out (−)',
  fitAll: 'Fit all',
  fitAllHint: 'Show every event (0)',
  goToday: 'Today',
  goTodayHint: 'Go to today (T)',
  noEvents: 'No dated events to show yet.',
  eventCount: (n: number) => (n === 1 ? '1 event' : `${numbers.format(n)} events`),
  visibleOf: (visible: number, total: number) => `${numbers.format(visible)} of ${numbers.format(total)}`,
  bucket: (n: number, from: string, to: string) =>
    `${n === 1 ? '1 event starts' : `${numbers.format(n)} events start`} ${from === to ? `on ${from}` : `between ${from} and ${to}`}. Click to zoom in.`,
  about: 'about',
  uncertain: 'uncertain',
  present: 'present',
  unknown: '…',
  legendPoint: 'date',
  legendRange: 'range',
  legendApproximate: 'approximate',
  legendUncertain: 'uncertain',
  legendOpen: 'open end',
  legendDense: 'many events (zoom in)',
};
