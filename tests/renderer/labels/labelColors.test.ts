import { describe, expect, it } from 'vitest';
import { labelPalette, nextLabelColor } from '../../../renderer/labels/labelColors';
import { readableTextColor } from '../../../renderer/ui/readableTextColor';

describe('readableTextColor', () => {
  it('puts white text on dark and saturated chips, black on light ones', () => {
    // The sample's Unnamed source (violet) and Contradiction (red) chips had black text.
    for (const dark of ['#7b61ff', '#d64545', '#2f80ed', '#000000', '#000', '#1d232b', '#8a8f98']) expect(readableTextColor(dark), dark).toBe('#ffffff');
    for (const light of ['#e8a33d', '#ffffff', '#fff', '#f2c200', '#45b26b', '#2bb3b1']) expect(readableTextColor(light), light).toBe('#000000');
  });

  it('falls back to black for what is not a hex colour', () => {
    expect(readableTextColor('tomato')).toBe('#000000');
  });
});

describe('nextLabelColor', () => {
  it('offers the first palette colour not in use', () => {
    expect(nextLabelColor([])).toBe(labelPalette[0]);
    expect(nextLabelColor(['#E8A33D'])).toBe(labelPalette[1]);
  });

  it('skips palette colours that look like one in use, not only equal ones', () => {
    // The sample project's labels: orange, violet, red, blue, teal.
    const sample = ['#e8a33d', '#7b61ff', '#d64545', '#2f80ed', '#2a9d8f'];
    const offered = nextLabelColor(sample);
    expect(offered).toBe('#45b26b');
    expect(sample).not.toContain(offered);
  });

  it('still offers a colour when the palette is used up', () => {
    expect(labelPalette).toContain(nextLabelColor([...labelPalette]));
  });
});
