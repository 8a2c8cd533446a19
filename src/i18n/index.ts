import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../domain/types';
import { NAMESPACES, resources } from './resources';

/**
 * i18next, chosen over a hand-written lookup for plurals, interpolation and React bindings.
 * Resources are bundled (no loading over any network); missing keys fall back to English.
 */
void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'it'],
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(lang: Lang): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export { i18n };
