import { HATCH_SPACING, type FadeStops, type Painter, type Stroke, type TextStyle } from './painter';

/** Collects the drawing as SVG elements; `toString` gives a standalone document with no external references. */
export function svgPainter(width: number, height: number, fontFamily: string): Painter & { toString(): string } {
  const defs: string[] = [];
  const body: string[] = [];
  const hatches = new Map<string, string>();
  let nextId = 0;
  const id = (prefix: string): string => `${prefix}${(nextId += 1)}`;
  return {
    rect(x, y, w, h, color, opacity = 1) {
      body.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${attr(color)}"${opacity !== 1 ? ` fill-opacity="${n(opacity)}"` : ''}/>`);
    },
    strokeRect(x, y, w, h, stroke) {
      body.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="none" ${strokeAttrs(stroke)}/>`);
    },
    fadeRect(x, y, w, h, color, stops: FadeStops) {
      const gid = id('fade');
      const stopTags = stops
        .map(([offset, opacity]) => `<stop offset="${n(Math.min(1, Math.max(0, offset)))}" stop-color="${attr(color)}" stop-opacity="${n(opacity)}"/>`)
        .join('');
      defs.push(`<linearGradient id="${gid}" x1="0" y1="0" x2="1" y2="0">${stopTags}</linearGradient>`);
      body.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="url(#${gid})"/>`);
    },
    hatchRect(x, y, w, h, color) {
      let pid = hatches.get(color);
      if (!pid) {
        pid = id('hatch');
        hatches.set(color, pid);
        defs.push(
          `<pattern id="${pid}" width="${HATCH_SPACING}" height="${HATCH_SPACING}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="${HATCH_SPACING}" stroke="${attr(color)}" stroke-width="1.2"/></pattern>`,
        );
      }
      body.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="url(#${pid})"/>`);
    },
    circle(cx, cy, r, fill, stroke, fillOpacity = 1) {
      const fillAttr = fill ? `fill="${attr(fill)}"${fillOpacity !== 1 ? ` fill-opacity="${n(fillOpacity)}"` : ''}` : 'fill="none"';
      body.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" ${fillAttr}${stroke ? ` ${strokeAttrs(stroke)}` : ''}/>`);
    },
    line(x1, y1, x2, y2, stroke) {
      body.push(`<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" ${strokeAttrs(stroke)}/>`);
    },
    text(x, y, text, style: TextStyle) {
      const anchor = style.align === 'center' ? 'middle' : style.align === 'right' ? 'end' : 'start';
      body.push(
        `<text x="${n(x)}" y="${n(y)}" fill="${attr(style.color)}" font-size="${style.size}"${style.weight === 'bold' ? ' font-weight="600"' : ''} text-anchor="${anchor}" dominant-baseline="central"${
          style.halo ? ` stroke="${attr(style.halo)}" stroke-width="5" stroke-linejoin="round" paint-order="stroke"` : ''
        }${
          style.opacity !== undefined && style.opacity !== 1 ? ` fill-opacity="${n(style.opacity)}"` : ''
        }>${escapeXml(text)}</text>`,
      );
    },
    clip(x, y, w, h, draw) {
      const cid = id('clip');
      defs.push(`<clipPath id="${cid}"><rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"/></clipPath>`);
      body.push(`<g clip-path="url(#${cid})">`);
      draw();
      body.push('</g>');
    },
    toString() {
      return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${attr(fontFamily)}">`,
        `<defs>${defs.join('')}</defs>`,
        ...body,
        '</svg>',
      ].join('\n');
    },
  };
}

function strokeAttrs(stroke: Stroke): string {
  return `stroke="${attr(stroke.color)}" stroke-width="${n(stroke.width)}"${stroke.dash ? ` stroke-dasharray="${stroke.dash.map(n).join(' ')}"` : ''}${
      stroke.opacity !== undefined && stroke.opacity !== 1 ? ` stroke-opacity="${n(stroke.opacity)}"` : ''
    }`;
}

function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

function attr(value: string): string {
  return escapeXml(value);
}
