/** Stringhe italiane per le schermate sessions. Le chiavi corrispondono a src/i18n/en/sessions.ts. */
const sessions = {} as const;
export default sessions;
