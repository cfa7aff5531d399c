import { HATCH_SPACING, type FadeStops, type Painter, type Stroke, type TextStyle } from './painter';

/** Paints on a 2D canvas context whose transform already maps CSS pixels to device pixels. */
export function canvasPainter(ctx: CanvasRenderingContext2D, fontFamily: string): Painter {
  const applyStroke = (stroke: Stroke): void => {
    ctx.strokeStyle = stroke.color;
    ctx.lineWidth = stroke.width;
    ctx.globalAlpha = stroke.opacity ?? 1;
    ctx.setLineDash(stroke.dash ? [...stroke.dash] : []);
  };
  return {
    rect(x, y, w, h, color, opacity = 1) {
      ctx.globalAlpha = opacity;
      ctx.fillStyle = color;
      ctx.fillRect(x, y, w, h);
      ctx.globalAlpha = 1;
    },
    strokeRect(x, y, w, h, stroke) {
      applyStroke(stroke);
      ctx.strokeRect(x, y, w, h);
      ctx.globalAlpha = 1;
      ctx.setLineDash([]);
    },
    fadeRect(x, y, w, h, color, stops: FadeStops) {
      const gradient = ctx.createLinearGradient(x, 0, x + w, 0);
      for (const [offset, opacity] of stops) gradient.addColorStop(Math.min(1, Math.max(0, offset)), withAlpha(color, opacity));
      ctx.fillStyle = gradient;
      ctx.fillRect(x, y, w, h);
    },
    hatchRect(x, y, w, h, color) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, y, w, h);
      ctx.clip();
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.2;
      ctx.beginPath();
      for (let sx = x - h; sx < x + w; sx += HATCH_SPACING) {
        ctx.moveTo(sx, y + h);
        ctx.lineTo(sx + h, y);
      }
      ctx.stroke();
      ctx.restore();
    },
    circle(cx, cy, r, fill, stroke, fillOpacity = 1) {
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      if (fill) {
        ctx.globalAlpha = fillOpacity;
        ctx.fillStyle = fill;
        ctx.fill();
        ctx.globalAlpha = 1;
      }
      if (stroke) {
        applyStroke(stroke);
        ctx.stroke();
        ctx.globalAlpha = 1;
        ctx.setLineDash([]);
      }
    },
    line(x1, y1, x2, y2, stroke) {
      applyStroke(stroke);
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.setLineDash([]);
    },
    text(x, y, text, style: TextStyle) {
      ctx.globalAlpha = style.opacity ?? 1;
      ctx.fillStyle = style.color;
      ctx.font = `${style.weight === 'bold' ? '600 ' : ''}${style.size}px ${fontFamily}`;
      ctx.textAlign = style.align ?? 'left';
      ctx.textBaseline = 'middle';
      if (style.halo) {
        ctx.strokeStyle = style.halo;
        ctx.lineWidth = 5;
        ctx.lineJoin = 'round';
        ctx.strokeText(text, x, y);
      }
      ctx.fillText(text, x, y);
      ctx.globalAlpha = 1;
    },
    clip(x, y, w, h, draw) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, y, w, h);
      ctx.clip();
      draw();
      ctx.restore();
    },
  };
}

/** A CSS colour with an alpha, for gradient stops (which take no separate opacity). */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const digits = (hex[1] as string).length === 3 ? [...(hex[1] as string)].map((d) => d + d).join('') : (hex[1] as string);
    const n = Number.parseInt(digits, 16);
    return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
  }
  return `color-mix(in srgb, ${color} ${Math.round(alpha * 100)}%, transparent)`;
}
