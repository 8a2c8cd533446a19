/** Stringhe italiane per le schermate archive. Le chiavi corrispondono a src/i18n/en/archive.ts. */
const archive = {} as const;
export default archive;
