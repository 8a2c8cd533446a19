/** Stringhe italiane per le schermate roster. Le chiavi corrispondono a src/i18n/en/roster.ts. */
const roster = {} as const;
export default roster;
