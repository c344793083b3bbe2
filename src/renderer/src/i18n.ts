import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { nb } from '../../shared/strings/nb'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof nb }
  }
}

void i18next.use(initReactI18next).init({
  lng: 'nb',
  fallbackLng: 'nb',
  resources: { nb: { translation: nb } },
  interpolation: { escapeValue: false },
  returnNull: false,
})

export default i18next
