import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionMaterials } from '../../domain/runSheet';
import type { Session } from '../../domain/types';

/** Before the session starts: every block's materials as a checklist, so nothing is missing in the room. */
export function MaterialsChecklist({ session }: { session: Session }) {
  const { t } = useTranslation('room');
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const materials = sessionMaterials(session.blocks);
  return (
    <section className="card run-materials" aria-labelledby="run-materials-title">
      <h2 id="run-materials-title">{t('materials.title')}</h2>
      {materials.length === 0 ? (
        <p className="muted">{t('materials.none')}</p>
      ) : (
        <>
          <p className="muted">{t('materials.check')}</p>
          <ul className="run-materials__list">
            {materials.map((item) => (
              <li key={item}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={checked.has(item)}
                    onChange={(event) => {
                      const next = new Set(checked);
                      if (event.target.checked) next.add(item);
                      else next.delete(item);
                      setChecked(next);
                    }}
                  />
                  <span>{item}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
