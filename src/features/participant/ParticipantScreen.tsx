/** Placeholder until this screen lands; replaced by its owner. */
export function ParticipantScreen(_props: Record<string, unknown>) {
  return <h1>ParticipantScreen</h1>;
}
