import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TimelineAxis, type TimelineAxisHandle } from '../../../renderer/timeline/axis/TimelineAxis';
import { HARNESS_TYPES, denseItems, sparseItems } from './makeAxisItems';

/**
 * ?n=100000 mounts the axis with that many generated events; ?sparse shows
 * twenty events of every kind; &now= fixes the today marker. The page records
 * `axis:render-start` just before React renders, and the component marks
 * `dossier:axis-painted` when the canvas is drawn.
 */
const params = new URLSearchParams(location.search);
const items = params.has('sparse') ? sparseItems() : denseItems(Number(params.get('n') ?? 100_000));
const now = params.has('now') ? Number(params.get('now')) : Date.UTC(2022, 6, 15);

function Harness() {
  const [selectedId, setSelectedId] = useState<string | null>(params.get('select'));
  const axis = useRef<TimelineAxisHandle>(null);
  // Screenshots and manual checks call the handle (exportSvg, fitAll) from the console.
  useEffect(() => {
    Object.assign(window, { axis });
  }, []);
  return (
    <>
      <TimelineAxis ref={axis} items={items} types={HARNESS_TYPES} selectedId={selectedId} onSelect={setSelectedId} now={now} />
      <p data-testid="harness-selected">{selectedId ?? 'none'}</p>
    </>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
performance.mark('axis:render-start');
createRoot(container).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
