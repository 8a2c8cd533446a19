/** Stringhe italiane per le schermate record. Le chiavi corrispondono a src/i18n/en/record.ts. */
const record = {} as const;
export default record;
