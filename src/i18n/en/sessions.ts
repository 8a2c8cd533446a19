/** English strings for the sessions screens. Keys must match src/i18n/it/sessions.ts. */
const sessions = {} as const;
export default sessions;
