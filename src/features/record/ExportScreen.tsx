/** Placeholder until this screen lands; replaced by its owner. */
export function ExportScreen(_props: Record<string, unknown>) {
  return <h1>ExportScreen</h1>;
}
