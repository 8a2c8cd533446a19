import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { deleteParticipant } from '../../db/repositories/participants';
import { colorEntry } from '../../domain/participantStyle';
import type { Lang, Participant } from '../../domain/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { ConsentToggles } from './ConsentToggles';
import { ParticipantForm } from './ParticipantForm';
import { ParticipantToken } from './SymbolIcon';

/** One participant on the roster: who (alias, colour, symbol), their consent, and what can be done. */
export function ParticipantRow({ participant, lang }: { participant: Participant; lang: Lang }) {
  const { t } = useTranslation('roster');
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { run, error, busy } = useAction();
  const { alias, groupId, id } = participant;
  const color = colorEntry(participant.color);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    // Back from editing: put the keyboard focus where it was, not at the top of the page.
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  function closeEditor() {
    returnFocus.current = true;
    setEditing(false);
  }

  if (editing) {
    return (
      <li className="roster__item">
        <ParticipantForm mode="edit" participant={participant} onClose={closeEditor} />
      </li>
    );
  }

  async function remove() {
    const done = await run(async () => {
      await deleteParticipant(id);
      return true;
    });
    if (!done) return;
    setConfirming(false);
    // The row is going: keep the keyboard focus on the roster rather than losing it to the page.
    requestAnimationFrame(() => document.getElementById('roster-title')?.focus());
  }

  return (
    <li className="roster__item card participant">
      <div className="participant__head">
        <ParticipantToken color={participant.color} symbol={participant.symbol} />
        <div>
          <h3 id={`participant-${id}-alias`} className="participant__alias">
            {alias}
          </h3>
          <p className="participant__style muted">
            {color ? t(`colors.${color.id}`) : participant.color} · {t(`symbols.${participant.symbol}`)}
            {participant.redactNames.length > 0 && <> · {t('row.privateNames', { count: participant.redactNames.length })}</>}
          </p>
        </div>
      </div>
      <ConsentToggles participant={participant} lang={lang} />
      <div className="button-row participant__actions">
        <a className="button button--small" href={routeHash({ name: 'tree', groupId, participantId: id })}>
          {t('row.openTree')}
          <span className="visually-hidden"> – {alias}</span>
        </a>
        <a className="button button--small" href={routeHash({ name: 'participant', groupId, participantId: id })}>
          {t('row.participantMode')}
          <span className="visually-hidden"> – {alias}</span>
        </a>
        <button ref={editButton} type="button" className="button--small" onClick={() => setEditing(true)}>
          {t('common:actions.edit')}
          <span className="visually-hidden"> {alias}</span>
        </button>
        <button type="button" className="button--small" onClick={() => setConfirming(true)}>
          {t('common:actions.delete')}
          <span className="visually-hidden"> {alias}</span>
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          open
          danger
          title={t('delete.title', { alias })}
          confirmLabel={t('delete.confirm')}
          confirmDisabled={busy}
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('delete.text', { alias })}</p>
          <ErrorMessage message={error} />
        </ConfirmDialog>
      )}
    </li>
  );
}
