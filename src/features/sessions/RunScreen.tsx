/** Placeholder until this screen lands; replaced by its owner. */
export function RunScreen(_props: Record<string, unknown>) {
  return <h1>RunScreen</h1>;
}
