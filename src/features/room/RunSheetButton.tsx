import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildRunSheet } from '../../domain/runSheet';
import type { Group, Session } from '../../domain/types';
import { host } from '../../host';
import { loadFonts } from '../../pdf/fonts';
import { buildRunSheetPdf, type RunSheetStrings } from '../../pdf/runSheetPdf';
import { ErrorMessage } from '../../ui/ErrorMessage';

const STRING_KEYS = ['title', 'agenda', 'start', 'minutes', 'activity', 'prompts', 'materials', 'agreement', 'agreementText', 'carePlan', 'contacts', 'noContacts'] as const;

/** File names carry the group's code, never a name or a condition (DOMAIN.md §6.3). */
function fileName(group: Group, session: Session): string {
  const code = group.code.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `${code}-session-${session.number}-run-sheet.pdf`;
}

/** Make and save the facilitator's one-page run sheet for this session, in the group's language. */
export function RunSheetButton({ group, session }: { group: Group; session: Session }) {
  const { t } = useTranslation('room');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function make() {
    setStatus(null);
    setError(null);
    try {
      const strings = Object.fromEntries(STRING_KEYS.map((key) => [key, t(`runSheet.${key}`, { lng: group.lang })])) as unknown as RunSheetStrings;
      const bytes = buildRunSheetPdf(buildRunSheet(session, group), strings, await loadFonts(), new Date());
      const saved = await host.saveFile({ suggestedName: fileName(group, session), mimeType: 'application/pdf', bytes });
      if (saved.ok) setStatus(t('runSheet.saved'));
      else setError(saved.error);
    } catch (caught) {
      setError(t('common:errors.unexpected', { message: caught instanceof Error ? caught.message : String(caught) }));
    }
  }

  return (
    <>
      <button type="button" onClick={() => void make()}>
        {t('runSheet.button')}
      </button>
      <span aria-live="polite" className="visually-hidden">
        {status}
      </span>
      <ErrorMessage message={error} />
    </>
  );
}
