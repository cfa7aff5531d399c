import { forwardRef, useCallback, useEffect, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import { prepareAxisData, nearestItem, stepInTime, type AxisData, type AxisItem, type AxisType } from './axisData';
import { hitTest, layoutFrame, type Frame, type Hit } from './axisFrame';
import { fitView, panView, revealView, xToTime, zoomView, type AxisView } from './axisScale';
import { LIGHT_THEME, readAxisTheme, type AxisTheme } from './axisTheme';
import { describeKeys } from './axisWords';
import { canvasPainter } from './canvasPainter';
import { drawFrame } from './drawFrame';
import { svgPainter } from './svgPainter';
import { AxisLegend } from './AxisLegend';
import { formatInstant } from './axisTime';
import { timelineAxisStrings as strings } from './timelineAxisStrings';
// oxlint-disable-next-line import/no-unassigned-import -- the axis is embedded by other views: it brings its own styles.
import './timelineAxis.css';

export type { AxisItem } from './axisData';

export interface TimelineAxisProps {
  /** Events with valid dates only; up to 100,000. */
  items: readonly AxisItem[];
  /** One lane per type, in this order, plus "No type" when some event has none. */
  types: readonly AxisType[];
  selectedId: string | null;
  /** Click or Enter on an event (null: Escape). A selection made elsewhere comes back as selectedId and is scrolled into view. */
  onSelect: (id: string | null) => void;
  /** The today marker; Date.now() by default. */
  now?: number;
  /** Height of the whole component in CSS pixels (toolbar included); lanes share what is left. */
  height?: number;
  /** Tooltip text under the title, e.g. the EDTF date in plain words; by default words made from the sort keys. */
  describe?: (id: string) => string;
}

export interface TimelineAxisHandle {
  /** The current view as a standalone SVG document. */
  exportSvg(): string;
  /** The current view as a PNG at the screen's pixel ratio. */
  exportPng(): Promise<Blob>;
  fitAll(): void;
}

const LABEL_WIDTH = 148;
const AXIS_HEIGHT = 40;
const TOOLBAR_HEIGHT = 36;
const LANE_MIN = 24;
const LANE_MAX = 64;
const LANE_DEFAULT = 48;
const DRAG_THRESHOLD_PX = 4;
const ZOOM_STEP = 1.6;

function localPoint(event: ReactPointerEvent<HTMLCanvasElement>): { x: number; y: number } {
  const rect = event.currentTarget.getBoundingClientRect();
  return { x: event.clientX - rect.left, y: event.clientY - rect.top };
}

interface Tooltip {
  x: number;
  y: number;
  title: string;
  detail: string;
}

/** Events in `after` that `before` did not have, none of them overlapping `view` (false when none were added). */
export function addedOutOfView(before: AxisData, after: AxisData, view: AxisView): boolean {
  let added = false;
  for (let i = 0; i < after.count; i += 1) {
    if (before.byId.has(after.ids[i] as string)) continue;
    if ((after.earliest[i] as number) <= view.end && (after.latest[i] as number) >= view.start) return false;
    added = true;
  }
  return added;
}

/** The visual timeline: lanes by type on a zoomable time axis, drawn on a canvas. */
export const TimelineAxis = forwardRef<TimelineAxisHandle, TimelineAxisProps>(function TimelineAxis(props, ref) {
  const { items, types, selectedId, onSelect, describe } = props;
  const [mountedAt] = useState(() => Date.now());
  const now = props.now ?? mountedAt;
  // Open ends run to `now` (the today marker), in the drawing and in Fit all alike.
  const data = useMemo(() => prepareAxisData(items, types, strings.noType, '#8a94a3', now), [items, types, now]);
  const laneCount = Math.max(1, data.lanes.length);
  const height = props.height ?? TOOLBAR_HEIGHT + AXIS_HEIGHT + laneCount * LANE_DEFAULT + 2;
  const laneHeight = Math.max(LANE_MIN, Math.min(LANE_MAX, Math.floor((height - TOOLBAR_HEIGHT - AXIS_HEIGHT - 2) / laneCount)));

  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const viewRef = useRef<AxisView | null>(null);
  const frameRef = useRef<Frame | null>(null);
  const themeRef = useRef<AxisTheme>(LIGHT_THEME);
  const hoverRef = useRef(-1);
  const focusedRef = useRef(false);
  const paintedDataRef = useRef<unknown>(null);
  const fittedRef = useRef(false);
  const helpId = useId();
  const rafRef = useRef(0);
  const [caption, setCaption] = useState('');
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const selected = selectedId === null ? -1 : (data.byId.get(selectedId) ?? -1);
  const selectedRef = useRef(selected);
  useLayoutEffect(() => {
    selectedRef.current = selected;
  }, [selected]);

  const layout = useCallback(
    (view: AxisView, forScreen: boolean): Frame =>
      layoutFrame(data, view, {
        width: Math.max(LABEL_WIDTH + 40, width),
        labelWidth: LABEL_WIDTH,
        axisHeight: AXIS_HEIGHT,
        laneHeight,
        selected: selectedRef.current,
        hovered: forScreen ? hoverRef.current : -1,
        now,
      }),
    [data, width, laneHeight, now],
  );

  const draw = useCallback(() => {
    rafRef.current = 0;
    const view = viewRef.current;
    const canvas = canvasRef.current;
    if (!view || !canvas || width === 0) return;
    const frame = layout(view, true);
    frameRef.current = frame;
    const dpr = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(frame.width * dpr);
    const pixelHeight = Math.round(frame.height * dpr);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
      canvas.style.width = `${frame.width}px`;
      canvas.style.height = `${frame.height}px`;
    }
    const ctx = canvas.getContext('2d');
    if (ctx) {
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawFrame(canvasPainter(ctx, themeRef.current.font), frame, themeRef.current, { centreLine: focusedRef.current });
    }
    setCaption(`${formatInstant(view.start, 'day')} – ${formatInstant(view.end, 'day')}`);
    if (paintedDataRef.current !== data) {
      paintedDataRef.current = data;
      // The bench and tests wait for this: the first full paint of a data set.
      performance.mark('dossier:axis-painted', { detail: { items: data.count } });
    }
  }, [layout, width, data]);

  const requestDraw = useCallback(() => {
    if (rafRef.current === 0) rafRef.current = requestAnimationFrame(draw);
  }, [draw]);

  useEffect(() => () => cancelAnimationFrame(rafRef.current), []);

  const setView = useCallback(
    (view: AxisView) => {
      viewRef.current = view;
      requestDraw();
    },
    [requestDraw],
  );

  // Width follows the container.
  useLayoutEffect(() => {
    const plot = plotRef.current;
    if (!plot) return;
    const measure = (): void => setWidth(Math.floor(plot.clientWidth) || 800);
    measure();
    themeRef.current = readAxisTheme(plot);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(plot);
    return () => observer.disconnect();
  }, []);

  // Light/dark: re-read the theme's colours when the OS setting changes.
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = (): void => {
      if (plotRef.current) themeRef.current = readAxisTheme(plotRef.current);
      requestDraw();
    };
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [requestDraw]);

  // A view appears with the first data; later edits keep the analyst's view, unless events were added and none of
  // them is in it (added from the reader, pasted, imported): then all are shown, so the new ones do not stay unseen.
  const shownDataRef = useRef<AxisData | null>(null);
  useLayoutEffect(() => {
    const before = shownDataRef.current;
    shownDataRef.current = data;
    if (!viewRef.current || (!fittedRef.current && data.extent)) {
      viewRef.current = fitView(data.extent, now);
      fittedRef.current = data.extent !== null;
    } else if (before && before !== data && addedOutOfView(before, data, viewRef.current)) {
      viewRef.current = fitView(data.extent, now);
    }
    // Drawn now, not on the next frame, so that the first paint comes with the render.
    draw();
  }, [data, draw, now]);

  // A selection from the grid: bring it into view.
  useEffect(() => {
    if (selected < 0 || !viewRef.current) return;
    const next = revealView(viewRef.current, data.earliest[selected] as number, data.latest[selected] as number);
    if (next !== viewRef.current) setView(next);
    else requestDraw();
  }, [selected, data, setView, requestDraw]);

  const fitAll = useCallback(() => setView(fitView(data.extent, now)), [data, now, setView]);

  const exportSvg = useCallback((): string => {
    const view = viewRef.current ?? fitView(data.extent, now);
    const frame = layout(view, false);
    const painter = svgPainter(frame.width, frame.height, themeRef.current.font);
    drawFrame(painter, frame, themeRef.current, { centreLine: false });
    return painter.toString();
  }, [data, layout, now]);

  const exportPng = useCallback(async (): Promise<Blob> => {
    const view = viewRef.current ?? fitView(data.extent, now);
    const frame = layout(view, false);
    const dpr = Math.max(1, window.devicePixelRatio || 1);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(frame.width * dpr);
    canvas.height = Math.round(frame.height * dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This window cannot draw the timeline as an image.');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawFrame(canvasPainter(ctx, themeRef.current.font), frame, themeRef.current, { centreLine: false });
    return new Promise((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The timeline could not be turned into a PNG.'))), 'image/png');
    });
  }, [data, layout, now]);

  useImperativeHandle(ref, () => ({ exportSvg, exportPng, fitAll }), [exportSvg, exportPng, fitAll]);

  const describeItem = useCallback(
    (index: number): string => {
      const id = data.ids[index] as string;
      if (describe) return describe(id);
      const flags = data.flags[index] as number;
      return describeKeys(data.earliest[index] as number, data.latest[index] as number, (flags & 1) !== 0, (flags & 2) !== 0);
    },
    [data, describe],
  );

  const zoomAtCentre = useCallback(
    (factor: number) => {
      const view = viewRef.current;
      if (view) setView(zoomView(view, factor));
    },
    [setView],
  );

  const selectIndex = useCallback(
    (index: number) => {
      if (index < 0) return;
      onSelect(data.ids[index] as string);
    },
    [data, onSelect],
  );

  // Wheel: zoom about the pointer (plain or Ctrl/⌘ wheel), pan with Shift or a sideways swipe. Not passive, to keep the page still.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const onWheel = (event: WheelEvent): void => {
      const view = viewRef.current;
      const frame = frameRef.current;
      if (!view || !frame) return;
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? frame.plotWidth : 1;
      const dx = event.deltaX * unit;
      const dy = event.deltaY * unit;
      const msPerPx = (view.end - view.start) / frame.plotWidth;
      if (event.shiftKey) setView(panView(view, (dy || dx) * msPerPx));
      else if (!event.ctrlKey && !event.metaKey && Math.abs(dx) > Math.abs(dy)) setView(panView(view, dx * msPerPx));
      else {
        const rect = canvas.getBoundingClientRect();
        const anchor = xToTime(view, frame.plotWidth, event.clientX - rect.left - frame.labelWidth);
        setView(zoomView(view, Math.exp(dy * 0.0018), anchor));
      }
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [setView]);

  const dragRef = useRef<{ pointerId: number; x: number; view: AxisView; moved: boolean } | null>(null);

  const showTooltip = useCallback(
    (hit: Hit, x: number, y: number) => {
      const frame = frameRef.current;
      if (!hit || !frame) {
        setTooltip(null);
        return;
      }
      if (hit.kind === 'item') {
        setTooltip({ x, y, title: data.titles[hit.index] ?? '', detail: describeItem(hit.index) });
        return;
      }
      const from = formatInstant(xToTime(frame.view, frame.plotWidth, hit.x1), 'day');
      const to = formatInstant(xToTime(frame.view, frame.plotWidth, hit.x2), 'day');
      setTooltip({ x, y, title: data.lanes[hit.lane]?.name ?? '', detail: strings.bucket(hit.count, from, to) });
    },
    [data, describeItem],
  );

  const onPointerDown = (event: ReactPointerEvent<HTMLCanvasElement>): void => {
    if (event.button !== 0 || !viewRef.current) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    dragRef.current = { pointerId: event.pointerId, x: event.clientX, view: viewRef.current, moved: false };
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLCanvasElement>): void => {
    const drag = dragRef.current;
    const frame = frameRef.current;
    if (!frame) return;
    if (drag && drag.pointerId === event.pointerId) {
      const dx = event.clientX - drag.x;
      if (!drag.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
      drag.moved = true;
      setTooltip(null);
      const msPerPx = (drag.view.end - drag.view.start) / frame.plotWidth;
      setView(panView(drag.view, -dx * msPerPx));
      return;
    }
    const { x, y } = localPoint(event);
    const hit = hitTest(frame, x, y);
    const hovered = hit?.kind === 'item' ? hit.index : -1;
    if (hovered !== hoverRef.current) {
      hoverRef.current = hovered;
      requestDraw();
    }
    event.currentTarget.style.cursor = hit ? 'pointer' : 'grab';
    showTooltip(hit, x, y);
  };

  const onPointerUp = (event: ReactPointerEvent<HTMLCanvasElement>): void => {
    const drag = dragRef.current;
    dragRef.current = null;
    const frame = frameRef.current;
    if (!drag || drag.moved || !frame) return;
    const { x, y } = localPoint(event);
    const hit = hitTest(frame, x, y);
    if (hit?.kind === 'item') selectIndex(hit.index);
    else if (hit?.kind === 'bucket') {
      // A click on a dense stretch zooms in on it.
      const centre = xToTime(frame.view, frame.plotWidth, (hit.x1 + hit.x2) / 2);
      setView(zoomView(frame.view, 1 / 4, centre));
    }
  };

  const onPointerLeave = (): void => {
    if (dragRef.current) return;
    setTooltip(null);
    if (hoverRef.current !== -1) {
      hoverRef.current = -1;
      requestDraw();
    }
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>): void => {
    const view = viewRef.current;
    if (!view || event.ctrlKey || event.metaKey || event.altKey) return;
    const span = view.end - view.start;
    let handled = true;
    switch (event.key) {
      case 'ArrowLeft':
        setView(panView(view, -span * (event.shiftKey ? 0.5 : 0.1)));
        break;
      case 'ArrowRight':
        setView(panView(view, span * (event.shiftKey ? 0.5 : 0.1)));
        break;
      case '+':
      case '=':
        zoomAtCentre(1 / ZOOM_STEP);
        break;
      case '-':
      case '_':
        zoomAtCentre(ZOOM_STEP);
        break;
      case '0':
      case 'Home':
        fitAll();
        break;
      case 't':
      case 'T':
        setView(panView(view, now - (view.start + view.end) / 2));
        break;
      case 'Enter':
      case ' ':
        selectIndex(nearestItem(data, (view.start + view.end) / 2));
        break;
      case '[':
      case ']': {
        const direction = event.key === ']' ? 1 : -1;
        const from = selectedRef.current >= 0 ? stepInTime(data, selectedRef.current, direction) : nearestItem(data, (view.start + view.end) / 2);
        selectIndex(from);
        break;
      }
      case 'Escape':
        if (selectedRef.current >= 0) onSelect(null);
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  const selectedText = selected >= 0 ? `${data.titles[selected] ?? ''} — ${describeItem(selected)}` : '';

  return (
    <div className="timeline-axis" style={{ height }} data-testid="timeline-axis">
      <div className="timeline-axis-toolbar">
        <span className="timeline-axis-caption" data-testid="timeline-axis-caption">
          {caption}
        </span>
        <span className="timeline-axis-selected" aria-live="polite" title={selectedText}>
          {selectedText}
        </span>
        <AxisLegend />
        <div className="timeline-axis-buttons">
          <button type="button" className="icon-button" onClick={() => zoomAtCentre(ZOOM_STEP)} title={strings.zoomOutHint} aria-label={strings.zoomOut}>
            −
          </button>
          <button type="button" className="icon-button" onClick={() => zoomAtCentre(1 / ZOOM_STEP)} title={strings.zoomInHint} aria-label={strings.zoomIn}>
            +
          </button>
          <button type="button" onClick={fitAll} title={strings.fitAllHint}>
            {strings.fitAll}
          </button>
          <button
            type="button"
            onClick={() => viewRef.current && setView(panView(viewRef.current, now - (viewRef.current.start + viewRef.current.end) / 2))}
            title={strings.goTodayHint}
          >
            {strings.goToday}
          </button>
        </div>
      </div>
      <div
        ref={plotRef}
        className="timeline-axis-plot"
        tabIndex={0}
        role="group"
        aria-roledescription="timeline"
        aria-label={`${strings.label}: ${caption}`}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        onFocus={() => {
          focusedRef.current = true;
          requestDraw();
        }}
        onBlur={() => {
          focusedRef.current = false;
          requestDraw();
        }}
      >
        <canvas
          ref={canvasRef}
          className="timeline-axis-canvas"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => (dragRef.current = null)}
          onPointerLeave={onPointerLeave}
          data-testid="timeline-axis-canvas"
        />
        {data.count === 0 && <p className="timeline-axis-empty muted">{strings.noEvents}</p>}
        {tooltip && (
          <div className="timeline-axis-tooltip" role="tooltip" style={{ left: Math.max(4, Math.min(tooltip.x + 14, width - 300)), top: tooltip.y + 16 }}>
            <strong>{tooltip.title}</strong>
            <span>{tooltip.detail}</span>
          </div>
        )}
        <span id={helpId} className="visually-hidden">
          {strings.help}
        </span>
      </div>
    </div>
  );
});
