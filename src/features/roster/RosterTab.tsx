/** Placeholder until this screen lands; replaced by its owner. */
export function RosterTab(_props: Record<string, unknown>) {
  return <h1>RosterTab</h1>;
}
