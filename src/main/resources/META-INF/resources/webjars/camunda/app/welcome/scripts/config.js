// Convention (UVCW): the webapps speak French first; English stays available (browser language).
export default {
  app: {
    vendor: 'UVCW'
  },
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  },
  // The application's own pages, next to Tasklist, Cockpit and Admin (docs/register.md).
  links: [
    {
      label: 'Registre des conventions',
      href: '/registre',
      description: 'Conventions, dossiers, factures, courriels et tableau de bord'
    }
  ]
};
