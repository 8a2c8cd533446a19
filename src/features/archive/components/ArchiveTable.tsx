import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveListItem } from '../../../db/repositories/archive';
import { shortHash } from '../../../domain/archiveRules';
import type { ArchiveEntry, Lang } from '../../../domain/types';
import { formatBytes, formatDateTime } from '../../../i18n/format';
import { EntryStatusView, type EntryStatus } from './EntryStatusView';

export interface RowActions {
  onSave: (entry: ArchiveEntry) => void;
  onVerify: (entry: ArchiveEntry) => void;
  onCompare: (entry: ArchiveEntry) => void;
  onDelete: (entry: ArchiveEntry) => void;
  onDismissStatus: (id: string) => void;
}

interface ArchiveTableProps extends RowActions {
  items: readonly ArchiveListItem[];
  lang: Lang;
  selected: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  onToggleAll: (on: boolean) => void;
  statuses: Readonly<Record<string, EntryStatus>>;
  /** Actions that change the archive are off while a zip is being made. */
  busy: boolean;
}

const COLUMNS = 10;

/** The archived summaries as a table: a checkbox per row for bulk export, details, and row actions. */
export function ArchiveTable({ items, lang, selected, onToggle, onToggleAll, statuses, busy, ...actions }: ArchiveTableProps) {
  const { t } = useTranslation('archive');
  const selectAll = useRef<HTMLInputElement>(null);
  const count = items.filter(({ entry }) => selected.has(entry.id)).length;
  const all = items.length > 0 && count === items.length;
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  return (
    <div className="archive-table__scroll">
      <table className="archive-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="archive-table__check">
              <input ref={selectAll} type="checkbox" aria-label={t('table.selectAll')} checked={all} disabled={busy} onChange={(e) => onToggleAll(e.target.checked)} />
            </th>
            <th scope="col">{t('table.file')}</th>
            <th scope="col">{t('table.group')}</th>
            <th scope="col" className="archive-table__num">{t('table.session')}</th>
            <th scope="col">{t('table.period')}</th>
            <th scope="col">{t('table.lang')}</th>
            <th scope="col" className="archive-table__num">{t('table.pages')}</th>
            <th scope="col" className="archive-table__num">{t('table.size')}</th>
            <th scope="col">{t('table.created')}</th>
            <th scope="col">{t('table.keptUntil')}</th>
          </tr>
        </thead>
        {items.map((item) => (
          <ArchiveRow
            key={item.entry.id}
            item={item}
            lang={lang}
            checked={selected.has(item.entry.id)}
            onToggle={onToggle}
            status={statuses[item.entry.id]}
            busy={busy}
            {...actions}
          />
        ))}
      </table>
    </div>
  );
}

interface ArchiveRowProps extends RowActions {
  item: ArchiveListItem;
  lang: Lang;
  checked: boolean;
  onToggle: (id: string, on: boolean) => void;
  status: EntryStatus | undefined;
  busy: boolean;
}

/** One summary: its details on the first line, its actions (and any check result) on the second. */
function ArchiveRow({ item, lang, checked, onToggle, status, busy, onSave, onVerify, onCompare, onDelete, onDismissStatus }: ArchiveRowProps) {
  const { t } = useTranslation('archive');
  const { entry, retention, expired } = item;
  const name = entry.fileName;
  const ruleKey = `retention.${retention.rule}` as const;
  return (
    <tbody className={checked ? 'archive-entry archive-entry--selected' : 'archive-entry'} data-entry-id={entry.id}>
      <tr>
        <td className="archive-table__check" rowSpan={2}>
          <input type="checkbox" aria-label={t('table.selectOne', { name })} checked={checked} disabled={busy} onChange={(e) => onToggle(entry.id, e.target.checked)} />
        </td>
        <th scope="row" className="archive-table__file">
          <span className="archive-table__name">{name}</span>
          <span className="archive-table__hash" title={entry.sha256}>
            <span className="visually-hidden">{t('table.fingerprint')}: </span>
            <code>{shortHash(entry.sha256)}</code>
          </span>
        </th>
        <td>{entry.groupCode}</td>
        <td className="archive-table__num">{entry.sessionNumber}</td>
        <td className="archive-table__nowrap">{entry.period}</td>
        <td>{t(`langs.${entry.lang}`)}</td>
        <td className="archive-table__num">{entry.pages}</td>
        <td className="archive-table__num">{formatBytes(entry.size, lang)}</td>
        <td>{formatDateTime(entry.createdAt, lang)}</td>
        <td>
          {formatDateTime(retention.expiresAt, lang)}
          <span className="archive-table__rule">{t(ruleKey, { count: retention.days })}</span>
          {expired && <span className="archive-badge">{t('retention.expired')}</span>}
        </td>
      </tr>
      <tr className="archive-table__actions-row">
        <td colSpan={COLUMNS - 1}>
          <div className="button-row">
            <button type="button" className="button--small" aria-label={t('actions.saveLabel', { name })} onClick={() => onSave(entry)}>
              {t('actions.save')}
            </button>
            <button type="button" className="button--small" aria-label={t('actions.verifyLabel', { name })} onClick={() => onVerify(entry)}>
              {t('actions.verify')}
            </button>
            <button type="button" className="button--small" aria-label={t('actions.compareLabel', { name })} onClick={() => onCompare(entry)}>
              {t('actions.compare')}
            </button>
            <button type="button" className="button--small archive-table__delete" aria-label={t('actions.deleteLabel', { name })} disabled={busy} onClick={() => onDelete(entry)}>
              {t('actions.delete')}
            </button>
          </div>
          {status && <EntryStatusView status={status} onDismiss={() => onDismissStatus(entry.id)} />}
        </td>
      </tr>
    </tbody>
  );
}
