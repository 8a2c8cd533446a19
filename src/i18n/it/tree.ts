/** Stringhe italiane per le schermate tree. Le chiavi corrispondono a src/i18n/en/tree.ts. */
const tree = {} as const;
export default tree;
