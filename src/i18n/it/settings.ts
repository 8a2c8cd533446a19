/** Stringhe italiane per le schermate settings. Le chiavi corrispondono a src/i18n/en/settings.ts. */
const settings = {} as const;
export default settings;
