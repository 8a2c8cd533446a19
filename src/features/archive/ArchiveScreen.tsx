import { useCallback, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deleteArchiveEntry,
  findEntriesByHash,
  previewPurge,
  purgeExpired,
  readArchivedPdf,
  sha256Hex,
  useArchive,
  verifyArchiveEntry,
  verifyBytesAgainstEntry,
} from '../../db/repositories/archive';
import { EMPTY_FILTERS, type ArchiveFilters, type Retention } from '../../domain/archiveRules';
import type { ArchiveEntry, Lang } from '../../domain/types';
import { host, MAX_SAVE_BYTES } from '../../host';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { describeError, useAction } from '../../ui/useAction';
import { ArchiveFiltersForm } from './components/ArchiveFiltersForm';
import { ArchiveTable } from './components/ArchiveTable';
import { CheckFileResult, type CheckResult } from './components/CheckFileResult';
import type { EntryStatus } from './components/EntryStatusView';
import { PurgeDialog } from './components/PurgeDialog';
import { RetentionHelp } from './components/RetentionHelp';
import type { ZipOutcome } from './components/useZipExport';
import { ZipExportControls } from './components/ZipExportControls';
import './archive.css';

interface Notice {
  tone: 'ok' | 'bad';
  message: string;
}

/**
 * The coordinator's archive: every exported summary PDF with its fingerprint. Search and filter, save a
 * copy, verify a stored copy or a file handed back, delete, purge by retention, and export a selection
 * as one zip with a manifest.
 */
export function ArchiveScreen() {
  const { t, i18n } = useTranslation('archive');
  const lang: Lang = i18n.resolvedLanguage === 'it' ? 'it' : 'en';
  const [filters, setFilters] = useState<ArchiveFilters>(EMPTY_FILTERS);
  const view = useArchive(filters);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [statuses, setStatuses] = useState<Record<string, EntryStatus>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [pendingDelete, setPendingDelete] = useState<ArchiveEntry | null>(null);
  const [purge, setPurge] = useState<{ now: number; expired: { entry: ArchiveEntry; retention: Retention }[] } | null>(null);
  const { run, error, busy } = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  const compareInput = useRef<HTMLInputElement>(null);
  const compareTarget = useRef<ArchiveEntry | null>(null);
  const checkInput = useRef<HTMLInputElement>(null);

  const setStatus = useCallback((id: string, status: EntryStatus | null) => {
    setStatuses((current) => {
      const next = { ...current };
      if (status) next[id] = status;
      else delete next[id];
      return next;
    });
  }, []);

  const onZipOutcome = useCallback(
    (outcome: ZipOutcome) => {
      setNotice({ tone: outcome.tone, message: outcome.message });
      if (outcome.tampered) {
        const { id, expected, actual } = outcome.tampered;
        setStatus(id, { kind: 'stored', result: { ok: false, expected, actual } });
      }
    },
    [setStatus],
  );
  const [zipping, setZipping] = useState(false);

  // Only what is shown can be selected: a filter hides rows, and an export never includes hidden ones.
  const items = view?.items ?? [];
  const selectedItems = items.filter(({ entry }) => selected.has(entry.id));

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function verify(entry: ArchiveEntry) {
    setStatus(entry.id, { kind: 'checking' });
    try {
      setStatus(entry.id, { kind: 'stored', result: await verifyArchiveEntry(entry.id) });
    } catch (caught) {
      setStatus(entry.id, { kind: 'error', message: describeError(caught, t) });
    }
  }

  async function saveCopy(entry: ArchiveEntry) {
    setNotice(null);
    await run(async () => {
      // A copy is handed on only if it is still the file that was exported.
      const { bytes, check } = await readArchivedPdf(entry.id);
      if (!check.ok) {
        setStatus(entry.id, { kind: 'stored', result: check });
        setNotice({ tone: 'bad', message: t('save.refused') });
        return;
      }
      const saved = await host.saveFile({ suggestedName: entry.fileName, mimeType: 'application/pdf', bytes });
      if (saved.ok) setNotice({ tone: 'ok', message: t('save.saved', { file: saved.value }) });
      else if (saved.error === 'cancelled') setNotice({ tone: 'ok', message: t('save.cancelled') });
      else setNotice({ tone: 'bad', message: t('save.failed', { error: saved.error }) });
    });
  }

  function chooseCompareFile(entry: ArchiveEntry) {
    compareTarget.current = entry;
    compareInput.current?.click();
  }

  async function readChosenFile(event: ChangeEvent<HTMLInputElement>): Promise<{ name: string; bytes: ArrayBuffer } | null> {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return null;
    // Nothing larger than a save can hold was ever archived; reading a huge file would only tie up memory.
    if (file.size > MAX_SAVE_BYTES) {
      input.value = '';
      setNotice({ tone: 'bad', message: t('errors.fileTooLarge', { file: file.name }) });
      return null;
    }
    try {
      return { name: file.name, bytes: await file.arrayBuffer() };
    } catch {
      setNotice({ tone: 'bad', message: t('errors.readFile') });
      return null;
    } finally {
      // Cleared so choosing the same file again still fires a change.
      input.value = '';
    }
  }

  async function compareChosenFile(event: ChangeEvent<HTMLInputElement>) {
    const entry = compareTarget.current;
    const file = await readChosenFile(event);
    if (!entry || !file) return;
    setStatus(entry.id, { kind: 'checking' });
    try {
      setStatus(entry.id, { kind: 'file', fileName: file.name, result: await verifyBytesAgainstEntry(entry.id, file.bytes) });
    } catch (caught) {
      setStatus(entry.id, { kind: 'error', message: describeError(caught, t) });
    }
  }

  async function checkChosenFile(event: ChangeEvent<HTMLInputElement>) {
    const file = await readChosenFile(event);
    if (!file) return;
    await run(async () => setCheck({ fileName: file.name, matches: await findEntriesByHash(await sha256Hex(file.bytes)) }));
  }

  async function openPurge() {
    setNotice(null);
    const now = Date.now();
    const expired = await run(() => previewPurge(now));
    if (expired) setPurge({ now, expired });
  }

  async function confirmPurge() {
    if (!purge) return;
    const deleted = await run(() => purgeExpired(purge.now, purge.expired.map(({ entry }) => entry.id)));
    setPurge(null);
    if (deleted) {
      forget(deleted);
      setNotice({ tone: 'ok', message: t('purge.done', { count: deleted.length }) });
    }
    heading.current?.focus();
  }

  async function confirmDelete() {
    if (!pendingDelete) return;
    const entry = pendingDelete;
    const done = await run(async () => {
      await deleteArchiveEntry(entry.id);
      return true;
    });
    setPendingDelete(null);
    if (done) {
      forget([entry.id]);
      setNotice({ tone: 'ok', message: t('delete.done', { name: entry.fileName }) });
    }
    // The row that held the focus is gone: put it somewhere sensible.
    heading.current?.focus();
  }

  /** Drop selection and check results of entries that no longer exist. */
  function forget(ids: readonly string[]) {
    setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
    setStatuses((current) => Object.fromEntries(Object.entries(current).filter(([id]) => !ids.includes(id))));
  }

  return (
    <section className="archive" aria-labelledby="archive-title">
      <header className="page-header">
        <div>
          <h1 id="archive-title" ref={heading} tabIndex={-1}>
            {t('title')}
          </h1>
          <p className="archive__intro">{t('intro')}</p>
        </div>
        <div className="button-row">
          <button type="button" onClick={() => checkInput.current?.click()}>
            {t('actions.checkFile')}
          </button>
          <button type="button" onClick={() => void openPurge()} disabled={zipping || busy}>
            {t('actions.purge')}
          </button>
        </div>
      </header>
      <RetentionHelp />

      <div role="status" aria-label={t('status')} className="archive__status">
        {notice?.tone === 'ok' && <p className="archive-notice">{notice.message}</p>}
      </div>
      {notice?.tone === 'bad' && (
        <p className="error-message archive-notice" role="alert">
          {notice.message}
        </p>
      )}
      <ErrorMessage message={error} />
      {check && <CheckFileResult result={check} lang={lang} onDismiss={() => setCheck(null)} />}

      {view === undefined ? (
        <p className="status">{t('common:loading')}</p>
      ) : view.total === 0 ? (
        <EmptyState title={t('empty.title')}>
          <p>{t('empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          <ArchiveFiltersForm filters={filters} groupCodes={view.groupCodes} onChange={setFilters} />
          <div className="archive-toolbar">
            <p className="archive-toolbar__count" aria-live="polite">
              {t('count', { count: view.items.length, total: view.total })}
            </p>
            <ZipExportControls
              selected={selectedItems.map(({ entry }) => ({ id: entry.id, size: entry.size }))}
              lang={lang}
              onOutcome={onZipOutcome}
              onBusyChange={setZipping}
              onClearSelection={() => setSelected(new Set())}
            />
          </div>
          {view.items.length === 0 ? (
            <EmptyState title={t('noMatches.title')}>
              <p>{t('noMatches.body')}</p>
              <button type="button" onClick={() => setFilters(EMPTY_FILTERS)}>
                {t('actions.clearFilters')}
              </button>
            </EmptyState>
          ) : (
            <ArchiveTable
              items={view.items}
              lang={lang}
              selected={selected}
              onToggle={toggle}
              onToggleAll={(on) => setSelected(on ? new Set(view.items.map(({ entry }) => entry.id)) : new Set())}
              statuses={statuses}
              busy={zipping}
              onSave={(entry) => void saveCopy(entry)}
              onVerify={(entry) => void verify(entry)}
              onCompare={chooseCompareFile}
              onDelete={setPendingDelete}
              onDismissStatus={(id) => setStatus(id, null)}
            />
          )}
        </>
      )}

      <input ref={compareInput} type="file" accept="application/pdf,.pdf" hidden aria-label={t('actions.compare')} onChange={(e) => void compareChosenFile(e)} />
      <input ref={checkInput} type="file" accept="application/pdf,.pdf" hidden aria-label={t('actions.checkFile')} onChange={(e) => void checkChosenFile(e)} />

      {pendingDelete && (
        <ConfirmDialog
          open
          title={t('delete.title')}
          confirmLabel={t('delete.confirm')}
          confirmDisabled={busy}
          danger
          onConfirm={() => void confirmDelete()}
          onCancel={() => setPendingDelete(null)}
        >
          <p>{t('delete.body', { name: pendingDelete.fileName })}</p>
        </ConfirmDialog>
      )}
      {purge && (
        <PurgeDialog expired={purge.expired} lang={lang} busy={busy} onConfirm={() => void confirmPurge()} onCancel={() => setPurge(null)} />
      )}
    </section>
  );
}
