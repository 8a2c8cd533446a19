/** Placeholder until this screen lands; replaced by its owner. */
export function SettingsScreen(_props: Record<string, unknown>) {
  return <h1>SettingsScreen</h1>;
}
