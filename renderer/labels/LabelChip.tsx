import type { Label } from '../../shared/api/types';
import { readableTextColor } from '../ui/readableTextColor';

/** A label's name on its colour. */
export function LabelChip({ label }: { label: Pick<Label, 'name' | 'color'> }) {
  return (
    <span className="label-chip" style={{ background: label.color, color: readableTextColor(label.color) }}>
      {label.name}
    </span>
  );
}
