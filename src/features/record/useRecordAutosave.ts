import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveRecordPatch } from '../../db/repositories/records';
import { checkRecordPatch, type RecordFieldError, type RecordPatch } from '../../domain/summary/record';
import type { SessionRecord } from '../../domain/types';
import { describeError } from '../../ui/useAction';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** How long typing may pause before a field is written. */
const DEBOUNCE_MS = 400;

/**
 * The record screen's draft with autosave. Each change is checked against the caps at once: a valid field
 * is written (debounced while typing, at once for clicks), an invalid one keeps its text in the draft with
 * an inline error and is not written, so nothing typed is lost and nothing invalid is stored. Writes are
 * queued in order, and whatever is pending is written when the screen closes or the window is hidden.
 */
export function useRecordAutosave(sessionId: string, initial: SessionRecord) {
  const { t } = useTranslation('record');
  const [draft, setDraft] = useState<SessionRecord>(initial);
  const [errors, setErrors] = useState<Partial<Record<string, RecordFieldError>>>({});
  const [state, setState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<string | null>(null);
  const pending = useRef<RecordPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return queue.current;
    pending.current = {};
    setState('saving');
    queue.current = queue.current.then(async () => {
      try {
        await saveRecordPatch(sessionId, patch);
        setSaveError(null);
        setState(Object.keys(pending.current).length === 0 ? 'saved' : 'saving');
      } catch (caught) {
        // Keep the unsaved values queued (newer edits win) so the next change or "Try again" writes them.
        pending.current = { ...patch, ...pending.current };
        setSaveError(describeError(caught, t));
        setState('error');
      }
    });
    return queue.current;
  }, [sessionId, t]);

  const update = useCallback(
    (patch: RecordPatch, options: { immediate?: boolean } = {}) => {
      setDraft((current) => ({ ...current, ...patch }));
      const nextErrors: Partial<Record<string, RecordFieldError>> = {};
      for (const [field, value] of Object.entries(patch)) {
        const problem = checkRecordPatch({ [field]: value } as RecordPatch);
        nextErrors[field] = problem ?? undefined;
        if (problem) delete (pending.current as Record<string, unknown>)[field];
        else (pending.current as Record<string, unknown>)[field] = value;
      }
      setErrors((current) => ({ ...current, ...nextErrors }));
      // Say "Saving…" from the first keystroke, not only once the write starts: "saved" must mean saved.
      if (Object.keys(pending.current).length > 0) setState('saving');
      if (options.immediate) {
        void flush();
        return;
      }
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  const invalid = Object.values(errors).some(Boolean);
  return { draft, update, errors, state, saveError, invalid, retry: flush };
}
