// Convention (UVCW): the webapps speak French first; English stays available (browser language).
export default {
  app: {
    vendor: 'UVCW'
  },
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  },
  // dmn-js writes « When », « Then », « Hit Policy » itself: translated by this script (docs/webapps.md).
  customScripts: ['scripts/convention-cockpit']
};
