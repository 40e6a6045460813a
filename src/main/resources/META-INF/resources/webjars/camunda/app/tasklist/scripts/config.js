// Convention (UVCW): Tasklist speaks French first; English stays available (browser language).
export default {
  app: {
    vendor: 'UVCW'
  },
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  },
  // French form messages, dates checked, role-dependent buttons (docs/webapps.md).
  customScripts: ['scripts/convention-french'],
  // Dates as Belgian readers expect them: 15 septembre 2025 14:30.
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'prendre en charge la tâche sélectionnée'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'aller au premier filtre de la liste'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'aller à la première tâche de la liste'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'aller au premier champ du formulaire de la tâche'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'ouvrir la fenêtre « Démarrer un processus »'
    }
  }
};
