import { useEffect, useRef, useState } from 'react';
import { filesFromDrop, importBatch, type ImportProgress, type ImportSummary } from './import-batch';

export interface ImportJob {
  progress: ImportProgress;
  summary: ImportSummary | null;
}

/**
 * Runs batch imports from the file picker or from files and folders dropped
 * anywhere on the window, and tracks their progress.
 */
export function useImport() {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [dragging, setDragging] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const start = async (files: File[]) => {
    if (files.length === 0 || controller.current) return;
    const abort = (controller.current = new AbortController());
    setJob({ progress: { done: 0, total: files.length, current: files[0]!.name }, summary: null });
    try {
      const summary = await importBatch(files, (progress) => setJob({ progress, summary: null }), abort.signal);
      setJob({ progress: { done: files.length, total: files.length, current: null }, summary });
    } finally {
      // The library follows main's change events for each document imported.
      controller.current = null;
    }
  };

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event) || !event.dataTransfer) return;
      // Never let the window navigate to a dropped file.
      event.preventDefault();
      setDragging(false);
      void filesFromDrop(event.dataTransfer).then(start);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return {
    job,
    dragging,
    start,
    cancel: () => controller.current?.abort(),
    close: () => setJob(null),
  };
}
