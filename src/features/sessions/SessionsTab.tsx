/** Placeholder until this screen lands; replaced by its owner. */
export function SessionsTab(_props: Record<string, unknown>) {
  return <h1>SessionsTab</h1>;
}
