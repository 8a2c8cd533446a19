import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRetentionStatus, wipeRawContent } from '../../db/repositories/wipe';
import type { Group } from '../../domain/types';
import { formatDateTime, formatIsoDate } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';

/**
 * The "wipe" button of DOMAIN.md §6.3: remove a group's raw content (trees, forest, private notes, private
 * names) once it is no longer needed, keeping the group-level record for summaries.
 */
export function WipeContentCard({ group }: { group: Group }) {
  const { t } = useTranslation('groups');
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const { run, error, busy } = useAction();
  const status = useRetentionStatus(group);

  async function confirm() {
    const ok = await run(async () => {
      await wipeRawContent(group.id);
      return true;
    });
    setOpen(false);
    if (ok) setDone(true);
  }

  return (
    <section className="card settings-card" aria-labelledby="wipe-title">
      <h2 id="wipe-title">{t('wipe.title')}</h2>
      <p className="muted">{t('wipe.intro', { days: group.retentionDays })}</p>
      {status?.dueDate && (
        <p className={status.due ? 'warning' : 'muted'}>
          {status.due
            ? t('wipe.due', { end: formatIsoDate(status.endDate!, group.lang), date: formatIsoDate(status.dueDate, group.lang) })
            : t('wipe.notYet', { end: formatIsoDate(status.endDate!, group.lang), date: formatIsoDate(status.dueDate, group.lang) })}
        </p>
      )}
      {group.rawWipedAt ? <p className="muted">{t('wipe.lastWiped', { date: formatDateTime(group.rawWipedAt, group.lang) })}</p> : null}
      <button type="button" className="button--danger" onClick={() => setOpen(true)} disabled={busy}>
        {t('wipe.open')}
      </button>
      {done && (
        <p className="status" role="status">
          {t('wipe.done')}
        </p>
      )}
      <ErrorMessage message={error} />
      <ConfirmDialog
        open={open}
        danger
        title={t('wipe.dialogTitle', { code: group.code })}
        confirmLabel={t('wipe.confirm')}
        confirmDisabled={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <p>{t('wipe.whatGoes')}</p>
        <p>{t('wipe.whatStays')}</p>
      </ConfirmDialog>
    </section>
  );
}
