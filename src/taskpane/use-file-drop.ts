import { useState, type DragEvent } from "react";

/**
 * A drop zone for files: the handlers to spread on the zone's element, and whether files are
 * being dragged over it (so the zone can say "Drop here" in words, not only by its border).
 */
export function useFileDrop(onFiles: (files: FileList) => void, enabled: boolean) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver(event: DragEvent) {
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      setDragging(true);
    },
    onDragLeave(event: DragEvent) {
      // Moving over a child element also fires dragleave on the zone: only leaving the zone counts.
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop(event: DragEvent) {
      event.preventDefault();
      setDragging(false);
      if (enabled && event.dataTransfer.files.length > 0) onFiles(event.dataTransfer.files);
    },
  };
  return { dragging, handlers };
}
