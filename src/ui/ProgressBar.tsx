/** A labelled determinate progress bar (0..1) for long jobs such as a backup, check or restore. */
export function ProgressBar({ label, value }: { label: string; value: number }) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="progress">
      <progress aria-label={label} max={100} value={percent}>
        {percent}%
      </progress>
      <span className="progress__value" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}
