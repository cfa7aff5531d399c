import { useState } from 'react';
import { AddToTimelineDialog, type EvidenceSource } from './AddToTimelineDialog';
import { timelineStrings as s } from './timelineStrings';

interface Props {
  from: EvidenceSource;
  text: string;
  className?: string;
}

/** "Add to timeline" for a passage or a claim: the button and its dialog, so other views add one line. */
export function AddToTimelineButton({ from, text, className = 'small' }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {s.addToTimeline}
      </button>
      {open && <AddToTimelineDialog from={from} text={text} onClose={() => setOpen(false)} />}
    </>
  );
}
