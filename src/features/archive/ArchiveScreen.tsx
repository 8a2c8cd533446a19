/** Placeholder until this screen lands; replaced by its owner. */
export function ArchiveScreen(_props: Record<string, unknown>) {
  return <h1>ArchiveScreen</h1>;
}
