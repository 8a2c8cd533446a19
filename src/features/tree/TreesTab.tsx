/** Placeholder until this screen lands; replaced by its owner. */
export function TreesTab(_props: Record<string, unknown>) {
  return <h1>TreesTab</h1>;
}
