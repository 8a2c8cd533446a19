/** Placeholder until this screen lands; replaced by its owner. */
export function HomeScreen(_props: Record<string, unknown>) {
  return <h1>HomeScreen</h1>;
}
