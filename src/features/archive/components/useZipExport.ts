import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveIntegrityError, exportArchiveZip, isAbortError } from '../../../db/zipArchive';
import type { Lang } from '../../../domain/types';
import { host, MAX_SAVE_BYTES } from '../../../host';
import { formatBytes } from '../../../i18n/format';
import { describeError } from '../../../ui/useAction';

export type ZipPhase =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; fileName: string | null }
  | { phase: 'saving'; total: number };

/** The outcome of an export, as a message for the screen; `tone` picks calm or alarming styling. */
export interface ZipOutcome {
  tone: 'ok' | 'bad';
  message: string;
  /** The entry that failed its hash check, so the screen can show the warning on its row. */
  tampered?: { id: string; expected: string; actual: string };
}

/**
 * Runs a bulk zip export with progress and cancel, then hands the bytes to the host to save. Nothing
 * reaches the host unless every file passed its hash check and the user did not cancel.
 */
export function useZipExport(lang: Lang, onOutcome: (outcome: ZipOutcome) => void) {
  const { t } = useTranslation('archive');
  const [state, setState] = useState<ZipPhase>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  // Leaving the screen mid-export cancels it: nothing should pop up a save dialog later.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (ids: readonly string[], totalBytes: number) => {
      if (controller.current) return;
      if (totalBytes > MAX_SAVE_BYTES) {
        onOutcome({ tone: 'bad', message: t('zip.tooLarge', { size: formatBytes(totalBytes, lang), max: formatBytes(MAX_SAVE_BYTES, lang) }) });
        return;
      }
      const abort = new AbortController();
      controller.current = abort;
      setState({ phase: 'running', done: 0, total: ids.length, fileName: null });
      try {
        const result = await exportArchiveZip(ids, {
          signal: abort.signal,
          onProgress: ({ done, total, fileName }) => setState({ phase: 'running', done, total, fileName }),
        });
        if (abort.signal.aborted) throw new DOMException('cancelled', 'AbortError');
        setState({ phase: 'saving', total: result.manifest.fileCount });
        const saved = await host.saveFile({ suggestedName: result.fileName, mimeType: 'application/zip', bytes: result.bytes });
        if (saved.ok) {
          onOutcome({ tone: 'ok', message: t('zip.saved', { count: result.manifest.fileCount, file: saved.value }) });
        } else if (saved.error === 'cancelled') {
          onOutcome({ tone: 'ok', message: t('save.cancelled') });
        } else {
          onOutcome({ tone: 'bad', message: t('save.failed', { error: saved.error }) });
        }
      } catch (error) {
        if (isAbortError(error)) onOutcome({ tone: 'ok', message: t('zip.cancelled') });
        else if (error instanceof ArchiveIntegrityError) onOutcome({ tone: 'bad', message: t('zip.tampered', { file: error.fileName }), tampered: { id: error.entryId, expected: error.expected, actual: error.actual } });
        else onOutcome({ tone: 'bad', message: describeError(error, t) });
      } finally {
        controller.current = null;
        setState({ phase: 'idle' });
      }
    },
    [lang, onOutcome, t],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
