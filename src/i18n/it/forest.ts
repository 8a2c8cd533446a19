/** Stringhe italiane per le schermate forest. Le chiavi corrispondono a src/i18n/en/forest.ts. */
const forest = {} as const;
export default forest;
