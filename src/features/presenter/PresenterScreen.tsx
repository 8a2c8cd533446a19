/** Placeholder until this screen lands; replaced by its owner. */
export function PresenterScreen(_props: Record<string, unknown>) {
  return <h1>PresenterScreen</h1>;
}
