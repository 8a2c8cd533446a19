/** Stringhe italiane per le schermate presenter. Le chiavi corrispondono a src/i18n/en/presenter.ts. */
const presenter = {} as const;
export default presenter;
