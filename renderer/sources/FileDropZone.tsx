import { useState, type DragEvent, type ReactNode } from 'react';
import { droppedFiles } from '../api/droppedFiles';

interface Props {
  onFiles: (files: File[]) => void;
  className?: string;
  /** Shown over the area while files are dragged over it. */
  overlayText: string;
  children: ReactNode;
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** An area that accepts dropped files (and ignores dragged text or links). */
export function FileDropZone({ onFiles, className, overlayText, children }: Props) {
  const [depth, setDepth] = useState(0);
  return (
    <div
      className={`${className ?? ''} drop-zone${depth > 0 ? ' drop-active' : ''}`}
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDepth((d) => d + 1);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!hasFiles(e)) return;
        setDepth((d) => Math.max(0, d - 1));
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.stopPropagation();
        setDepth(0);
        // The entries must be taken during the drop event; reading them can go on after it.
        void droppedFiles(e.dataTransfer).then((files) => {
          if (files.length > 0) onFiles(files);
        });
      }}
    >
      {children}
      {depth > 0 && (
        <div className="drop-overlay" aria-hidden="true">
          {overlayText}
        </div>
      )}
    </div>
  );
}
