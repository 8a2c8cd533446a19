import { useTranslation } from 'react-i18next';
import { RECORD_LIMITS, type RecordFieldError, type RecordPatch } from '../../../domain/summary/record';
import type { Session, SessionRecord } from '../../../domain/types';
import { TextAreaField } from './TextAreaField';

interface DeliveryCardProps {
  session: Session;
  draft: SessionRecord;
  errors: Partial<Record<string, RecordFieldError>>;
  update: (patch: RecordPatch, options?: { immediate?: boolean }) => void;
}

/**
 * Activities delivered against the plan: each agenda block with its planned and actual minutes (when the
 * session was run in the app), a "delivered" tick and a short reason for any change.
 */
export function DeliveryCard({ session, draft, errors, update }: DeliveryCardProps) {
  const { t } = useTranslation('record');
  const minutes = (m: number | null | undefined) => (typeof m === 'number' ? t('common:minutes', { count: m }) : t('delivery.notRun'));
  return (
    <section className="card record-card" aria-labelledby="record-delivery">
      <h2 id="record-delivery">{t('sections.delivery')}</h2>
      {session.blocks.length === 0 ? (
        <p className="muted">{t('delivery.none')}</p>
      ) : (
        <div className="record-table-scroll">
          <table className="record-table">
            <thead>
              <tr>
                <th scope="col">{t('delivery.activity')}</th>
                <th scope="col" className="num">
                  {t('delivery.planned')}
                </th>
                <th scope="col" className="num">
                  {t('delivery.actual')}
                </th>
                <th scope="col">{t('delivery.delivered')}</th>
                <th scope="col">{t('delivery.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {session.blocks.map((block) => {
                const delivered = draft.delivered[block.id] ?? (typeof block.actualMinutes === 'number' && block.actualMinutes > 0);
                const reason = draft.changeReasons[block.id] ?? '';
                const tooLong = reason.length > RECORD_LIMITS.reasonMax;
                const errorId = `reason-error-${block.id}`;
                return (
                  <tr key={block.id}>
                    <th scope="row">{block.title}</th>
                    <td className="num">{minutes(block.minutes)}</td>
                    <td className="num">{minutes(block.actualMinutes)}</td>
                    <td>
                      <input
                        type="checkbox"
                        checked={delivered}
                        aria-label={t('delivery.deliveredLabel', { title: block.title })}
                        onChange={(event) =>
                          update({ delivered: { ...draft.delivered, [block.id]: event.target.checked } }, { immediate: true })
                        }
                      />
                    </td>
                    <td>
                      <input
                        type="text"
                        className="record-reason"
                        value={reason}
                        aria-label={t('delivery.reasonLabel', { title: block.title })}
                        aria-invalid={tooLong}
                        aria-describedby={tooLong ? errorId : undefined}
                        onChange={(event) => update({ changeReasons: { ...draft.changeReasons, [block.id]: event.target.value } })}
                      />
                      {tooLong && (
                        <p className="field__error" id={errorId} role="alert">
                          {t('common:errors.tooLong', { max: RECORD_LIMITS.reasonMax })}
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <TextAreaField
        label={t('delivery.notes')}
        hint={t('delivery.notesHint')}
        value={draft.deliveryNotes}
        max={RECORD_LIMITS.textMax}
        error={errors.deliveryNotes}
        rows={3}
        onChange={(value) => update({ deliveryNotes: value })}
      />
    </section>
  );
}
