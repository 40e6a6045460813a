// Convention (UVCW): the webapps speak French first; English stays available (browser language).
export default {
  app: {
    vendor: 'UVCW'
  },
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  }
};
