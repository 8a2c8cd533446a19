/** Placeholder until this screen lands; replaced by its owner. */
export function RecordScreen(_props: Record<string, unknown>) {
  return <h1>RecordScreen</h1>;
}
