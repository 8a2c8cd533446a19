/** Placeholder until this screen lands; replaced by its owner. */
export function SessionScreen(_props: Record<string, unknown>) {
  return <h1>SessionScreen</h1>;
}
