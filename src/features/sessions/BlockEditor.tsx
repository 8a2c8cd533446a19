import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCK_KINDS, LIMITS, validateBlock } from '../../domain/agenda';
import { THEME_ZONES } from '../../domain/zones';
import type { AgendaBlock, BlockKind, Lang, LocalText, ThemeZoneId } from '../../domain/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useAction } from '../../ui/useAction';

/** The content of a block as the editor saves it (agenda block or library block). */
export type BlockValues = Pick<AgendaBlock, 'title' | 'kind' | 'minutes' | 'prompts' | 'materials' | 'notes'> & { zone?: ThemeZoneId };

interface Draft {
  title: string;
  kind: BlockKind;
  /** Kept as typed, so "abc" or "0" stays on screen beside its message. */
  minutes: string;
  zone: ThemeZoneId | '';
  prompts: LocalText[];
  materials: string;
  notes: string;
}

interface Props {
  initial: BlockValues;
  /** Writes the block; throws (ValidationError, quota…) to refuse, leaving the form as typed. */
  onSave: (values: BlockValues) => Promise<unknown>;
  onCancel: () => void;
  heading: string;
}

function toDraft(values: BlockValues): Draft {
  return {
    title: values.title,
    kind: values.kind,
    minutes: String(values.minutes),
    zone: values.zone ?? '',
    prompts: values.prompts.map((prompt) => ({ ...prompt })),
    materials: values.materials,
    notes: values.notes,
  };
}

function toValues(draft: Draft): BlockValues {
  const values: BlockValues = {
    title: draft.title.trim(),
    kind: draft.kind,
    minutes: draft.minutes.trim() === '' ? Number.NaN : Number(draft.minutes),
    prompts: draft.prompts,
    materials: draft.materials,
    notes: draft.notes,
  };
  if (draft.zone) values.zone = draft.zone;
  return values;
}

/** Edit a block's title, kind, minutes, zone, prompts (EN/IT), materials and facilitator notes. */
export function BlockEditor({ initial, onSave, onCancel, heading }: Props) {
  const { t, i18n } = useTranslation('sessions');
  const lang = i18n.language as Lang;
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { run, error, busy } = useAction();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  function change(patch: Partial<Draft>) {
    setDraft((current) => ({ ...current, ...patch }));
  }

  function changePrompt(index: number, language: Lang, text: string) {
    setDraft((current) => ({ ...current, prompts: current.prompts.map((prompt, at) => (at === index ? { ...prompt, [language]: text } : prompt)) }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const values = toValues(draft);
    const issues = validateBlock({ ...values, id: 'draft' });
    const next: Record<string, string> = {};
    for (const issue of issues) next[issue.field.startsWith('prompts') ? 'prompts' : issue.field] ??= t(`validation.${issue.code}`, issue.values);
    setErrors(next);
    if (issues.length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    await run(() => onSave(values));
  }

  const notesLength = draft.notes.length;
  return (
    <form ref={formRef} className="block-editor" aria-label={heading} noValidate onSubmit={submit}>
      <h3 className="block-editor__heading">{heading}</h3>
      <div className="block-editor__grid">
        <Field label={t('block.title')} error={errors.title}>
          {(props) => <input {...props} type="text" value={draft.title} onChange={(event) => change({ title: event.target.value })} />}
        </Field>
        <Field label={t('block.kind')} error={errors.kind}>
          {(props) => (
            <select {...props} value={draft.kind} onChange={(event) => change({ kind: event.target.value as BlockKind })}>
              {BLOCK_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('block.minutes')} error={errors.minutes} hint={t('block.minutesHint', { min: LIMITS.minutesMin, max: LIMITS.minutesMax })}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={LIMITS.minutesMin} max={LIMITS.minutesMax} value={draft.minutes} onChange={(event) => change({ minutes: event.target.value })} />}
        </Field>
        <Field label={t('block.zone')} error={errors.zone}>
          {(props) => (
            <select {...props} value={draft.zone} onChange={(event) => change({ zone: event.target.value as ThemeZoneId | '' })}>
              <option value="">{t('block.noZone')}</option>
              {THEME_ZONES.map((zone) => (
                <option key={zone} value={zone}>
                  {t(`common:zones.${zone}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="block-editor__prompts">
        <legend>{t('block.prompts')}</legend>
        {errors.prompts && (
          <p className="field__error" role="alert">
            {errors.prompts}
          </p>
        )}
        {draft.prompts.length === 0 && <p className="muted">{t('block.noPrompts')}</p>}
        <ol className="prompt-list">
          {draft.prompts.map((prompt, index) => (
            <li key={index} className="prompt-list__item">
              <div className="prompt-list__texts">
                {(['en', 'it'] as const).map((language) => (
                  <Field key={language} label={t('block.promptLabel', { number: index + 1, language: t(`languages.${language}`) })}>
                    {(props) => (
                      <textarea {...props} rows={2} lang={language} value={prompt[language]} onChange={(event) => changePrompt(index, language, event.target.value)} />
                    )}
                  </Field>
                ))}
              </div>
              <button
                type="button"
                className="button--small"
                onClick={() => change({ prompts: draft.prompts.filter((_, at) => at !== index) })}
                aria-label={t('block.removePromptLabel', { number: index + 1 })}
              >
                {t('block.removePrompt')}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="button--small" onClick={() => change({ prompts: [...draft.prompts, { en: '', it: '' }] })} disabled={draft.prompts.length >= LIMITS.promptsMax}>
          {t('block.addPrompt')}
        </button>
      </fieldset>
      <Field label={t('block.materials')} error={errors.materials}>
        {(props) => <textarea {...props} rows={2} value={draft.materials} onChange={(event) => change({ materials: event.target.value })} />}
      </Field>
      <Field
        label={t('block.notes')}
        error={errors.notes}
        hint={t('block.notesCount', { count: notesLength, formatted: notesLength.toLocaleString(lang), max: LIMITS.notesMax.toLocaleString(lang) })}
      >
        {(props) => <textarea {...props} rows={4} value={draft.notes} onChange={(event) => change({ notes: event.target.value })} />}
      </Field>
      <ErrorMessage message={error} />
      <div className="button-row">
        <button type="submit" className="button--primary" disabled={busy}>
          {t('common:actions.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
