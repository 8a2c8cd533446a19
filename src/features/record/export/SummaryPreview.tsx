import type { ReactNode } from 'react';
import { formatCell, hasSecondary, type SuppressedBreakdown } from '../../../domain/suppression';
import { runChangeText } from '../../../domain/summary/runChange';
import { fill, formatMean, formatMinutes, summaryLabels } from '../../../domain/summary/labels';
import type { FreeText, SummaryModel } from '../../../domain/summary/model';
import type { FieldReview, ReviewFinding } from '../../../domain/summary/review';
import { zoneLabel } from '../../../domain/zones';
import { ReviewText, type ReviewMode } from './ReviewText';

interface SummaryPreviewProps {
  model: SummaryModel;
  reviews: ReadonlyMap<string, FieldReview>;
  kept: ReadonlySet<string>;
  mode: ReviewMode;
  onToggle: (finding: ReviewFinding) => void;
}

/**
 * The summary as it will read, in the group's language and in the PDF's section order, with every free
 * text shown through ReviewText so its findings can be checked where they stand.
 */
export function SummaryPreview({ model, reviews, kept, mode, onToggle }: SummaryPreviewProps) {
  const l = summaryLabels(model.lang);
  const k = model.k;
  const free = (text: FreeText, inline = false): ReactNode => {
    const review = reviews.get(text.key);
    if (!text.text || !review) return inline ? '' : <p className="muted">{l.nothingRecorded}</p>;
    return <ReviewText review={review} kept={kept} mode={mode} lang={model.lang} onToggle={onToggle} inline={inline} />;
  };
  const h = model.header;
  const planned = formatMinutes(model.lang, h.plannedMinutes);
  const a = model.attendance;
  const breakdown = (names: string[], b: SuppressedBreakdown) =>
    b.withheld ? (
      <tr>
        <th scope="row">{names.join(' / ')}</th>
        <td>{l.attendance.withheld}</td>
      </tr>
    ) : (
      names.map((name, i) => (
        <tr key={name}>
          <th scope="row">{name}</th>
          <td className="num">{formatCell(b.cells[i]!, k)}</td>
        </tr>
      ))
    );
  const anyPrimary = [...a.timing.cells, ...(a.continuity?.cells ?? []), ...(a.guests ? [a.guests] : []), ...model.supportMap.breakdown.cells].some(
    (c) => c.kind === 'suppressed' && c.reason === 'primary',
  );
  const anySecondary = [a.timing, ...(a.continuity ? [a.continuity] : []), model.supportMap.breakdown].some(hasSecondary);

  return (
    <div className="summary-preview" lang={model.lang}>
      <h2 className="summary-preview__title">{l.title}</h2>
      <dl className="summary-kv">
        <dt>{l.header.groupCode}</dt>
        <dd>{h.groupCode}</dd>
        <dt>{l.header.setting}</dt>
        <dd>{l.settings[h.settingType]}</dd>
        <dt>{l.header.session}</dt>
        <dd>{fill(l.header.sessionValue, { number: h.sessionNumber, part: l.parts[h.part] })}</dd>
        <dt>{h.period.precision === 'isoWeek' ? l.header.week : l.header.date}</dt>
        <dd>{h.period.label ?? l.header.noDate}</dd>
        <dt>{l.header.duration}</dt>
        <dd>
          {h.actualMinutes === null
            ? fill(l.header.durationPlannedOnly, { planned })
            : fill(l.header.durationValue, { planned, actual: formatMinutes(model.lang, h.actualMinutes) })}
        </dd>
        {h.facilitatorRoles.text && (
          <>
            <dt>{l.header.facilitatorRoles}</dt>
            <dd>{free(h.facilitatorRoles, true)}</dd>
          </>
        )}
      </dl>

      <h3>{l.sections.attendance}</h3>
      {!a.recorded ? (
        <p className="muted">{l.attendance.notRecorded}</p>
      ) : (
        <table className="summary-table">
          <tbody>
            <tr>
              <th scope="row">{l.attendance.planned}</th>
              <td className="num">{a.planned}</td>
            </tr>
            <tr>
              <th scope="row">{l.attendance.attended}</th>
              <td className="num">{a.ratePercent === null ? a.attended : `${a.attended} (${a.ratePercent}%)`}</td>
            </tr>
            {breakdown([l.attendance.onTime, l.attendance.late, l.attendance.leftEarly], a.timing)}
            {a.continuity && breakdown([l.attendance.returning, l.attendance.isNew], a.continuity)}
            {a.guests && (
              <tr>
                <th scope="row">{l.attendance.guests}</th>
                <td className="num">{formatCell(a.guests, k)}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}

      <h3>{l.sections.delivery}</h3>
      {model.delivery.activities.length === 0 ? (
        <p className="muted">{l.delivery.noActivities}</p>
      ) : (
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">{l.delivery.activity}</th>
              <th scope="col" className="num">
                {l.delivery.planned}
              </th>
              <th scope="col" className="num">
                {l.delivery.actual}
              </th>
              <th scope="col">{l.delivery.delivered}</th>
              <th scope="col">{l.delivery.reason}</th>
            </tr>
          </thead>
          <tbody>
            {model.delivery.activities.map((activity) => (
              <tr key={activity.id}>
                <td>{free(activity.title, true)}</td>
                <td className="num">{formatMinutes(model.lang, activity.plannedMinutes)}</td>
                <td className="num">{activity.actualMinutes === null ? l.delivery.notRun : formatMinutes(model.lang, activity.actualMinutes)}</td>
                <td>{activity.delivered ? l.delivery.yes : l.delivery.no}</td>
                <td>
                  {runChangeText(activity, l.delivery)}
                  {runChangeText(activity, l.delivery) && activity.reason.text.trim() ? '; ' : ''}
                  {free(activity.reason, true)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {model.delivery.zonesCovered.length > 0 && (
        <p>
          <strong>{l.delivery.zonesCovered}:</strong> {model.delivery.zonesCovered.map((zone) => zoneLabel(zone, model.lang)).join(', ')}
        </p>
      )}
      {model.delivery.notes.text && (
        <>
          <h4>{l.delivery.notes}</h4>
          {free(model.delivery.notes)}
        </>
      )}

      <h3>{l.sections.themes}</h3>
      {model.themes.length === 0 ? (
        <p className="muted">{l.themes.none}</p>
      ) : (
        model.themes.map((zone) => (
          <div key={zone.zone}>
            <h4>{free(zone.label, true)}</h4>
            <ul>
              {zone.themes.map((theme) => (
                <li key={theme.text.key}>
                  {free(theme.text, true)} ({l.themes.bands[theme.band]})
                </li>
              ))}
            </ul>
          </div>
        ))
      )}

      <h3>{l.sections.collective}</h3>
      {!model.collective.document.text && !model.collective.message.text && <p className="muted">{l.nothingRecorded}</p>}
      {model.collective.document.text && (
        <>
          <h4>{l.collective.document}</h4>
          {free(model.collective.document)}
        </>
      )}
      {model.collective.message.text && (
        <>
          <h4>{l.collective.message}</h4>
          {free(model.collective.message)}
        </>
      )}

      <h3>{l.sections.supportMap}</h3>
      {model.supportMap.total === 0 && !model.supportMap.signposted.text && <p className="muted">{l.nothingRecorded}</p>}
      {model.supportMap.total > 0 && (
        <table className="summary-table">
          <tbody>
            {breakdown(
              model.supportMap.types.map((type) => l.supportMap.types[type]),
              model.supportMap.breakdown,
            )}
            <tr>
              <th scope="row">{l.supportMap.total}</th>
              <td className="num">{model.supportMap.total}</td>
            </tr>
          </tbody>
        </table>
      )}
      {model.supportMap.signposted.text && (
        <>
          <h4>{l.supportMap.signposted}</h4>
          {free(model.supportMap.signposted)}
        </>
      )}
      {(anyPrimary || anySecondary) && (
        <p className="summary-key">
          {anyPrimary && fill(l.suppressionKey, { k })} {anySecondary && l.secondaryKey}
        </p>
      )}

      <h3>{l.sections.groupProcess}</h3>
      {free(model.groupProcess)}

      <h3>{l.sections.safety}</h3>
      {model.safety.noneObserved ? (
        <p>{l.safety.noneObserved}</p>
      ) : (
        <table className="summary-table">
          <tbody>
            {model.safety.flags.map(({ flag, band }) => (
              <tr key={flag}>
                <th scope="row">{l.safety.flags[flag]}</th>
                <td className="num">{l.safety.bands[band]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{l.sections.reflection}</h3>
      {free(model.reflection)}

      <h3>{l.sections.feedback}</h3>
      <p>
        {model.feedback.reported
          ? fill(l.feedback.reported, {
              mean: formatMean(model.lang, model.feedback.mean),
              scale: model.feedback.scale,
              n: model.feedback.n,
            })
          : l.feedback.notReported}
      </p>

      <h3>{l.sections.nextSteps}</h3>
      {free(model.nextSteps)}

      <h3>{l.sections.privacy}</h3>
      <p>{fill(model.privacy.precision === 'isoWeek' ? l.footerWeek : l.footer, { k, date: model.privacy.reviewedOn })}</p>
    </div>
  );
}
