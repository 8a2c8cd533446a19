/** Placeholder until this screen lands; replaced by its owner. */
export function TreeScreen(_props: Record<string, unknown>) {
  return <h1>TreeScreen</h1>;
}
