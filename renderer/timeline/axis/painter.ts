/**
 * The few drawing primitives the axis needs. drawFrame speaks only these, so
 * the canvas on screen and the exported SVG come from the same drawing code.
 * Coordinates are CSS pixels; text is vertically centred on y.
 */
export interface Stroke {
  readonly color: string;
  readonly width: number;
  readonly dash?: readonly number[];
  readonly opacity?: number;
}

export interface TextStyle {
  readonly color: string;
  readonly size: number;
  readonly weight?: 'normal' | 'bold';
  readonly align?: 'left' | 'center' | 'right';
  readonly opacity?: number;
  /** An outline of this colour around the letters, to read the text over a mark. */
  readonly halo?: string;
}

/** A horizontal gradient of one colour: [offset 0–1, opacity] pairs. */
export type FadeStops = readonly (readonly [number, number])[];

export interface Painter {
  rect(x: number, y: number, w: number, h: number, color: string, opacity?: number): void;
  strokeRect(x: number, y: number, w: number, h: number, stroke: Stroke): void;
  fadeRect(x: number, y: number, w: number, h: number, color: string, stops: FadeStops): void;
  /** Diagonal stripes of `color` inside the rectangle. */
  hatchRect(x: number, y: number, w: number, h: number, color: string): void;
  circle(cx: number, cy: number, r: number, fill: string | null, stroke: Stroke | null, fillOpacity?: number): void;
  line(x1: number, y1: number, x2: number, y2: number, stroke: Stroke): void;
  text(x: number, y: number, text: string, style: TextStyle): void;
  /** Draws what `draw` paints only inside the rectangle. */
  clip(x: number, y: number, w: number, h: number, draw: () => void): void;
}

export const HATCH_SPACING = 4;
