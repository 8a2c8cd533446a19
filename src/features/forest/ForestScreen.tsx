/** Placeholder until this screen lands; replaced by its owner. */
export function ForestScreen(_props: Record<string, unknown>) {
  return <h1>ForestScreen</h1>;
}
