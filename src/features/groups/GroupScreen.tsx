/** Placeholder until this screen lands; replaced by its owner. */
export function GroupScreen(_props: Record<string, unknown>) {
  return <h1>GroupScreen</h1>;
}
