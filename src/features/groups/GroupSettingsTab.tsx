/** Placeholder until this screen lands; replaced by its owner. */
export function GroupSettingsTab(_props: Record<string, unknown>) {
  return <h1>GroupSettingsTab</h1>;
}
