/** Placeholder until this screen lands; replaced by its owner. */
export function LibraryScreen(_props: Record<string, unknown>) {
  return <h1>LibraryScreen</h1>;
}
