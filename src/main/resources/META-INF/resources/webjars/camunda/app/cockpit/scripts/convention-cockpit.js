// Convention (UVCW): the words that Cockpit's DMN table viewer (dmn-js) writes itself, outside
// Cockpit's translations (locales/fr.json), in French. Only text nodes inside decision tables.
const WORDS = {
  'When': 'Quand', 'And': 'Et', 'Then': 'Alors', 'Annotation': 'Annotation', 'Annotations': 'Annotations',
  'Hit Policy:': 'Politique de résultat :', 'Hit Policy': 'Politique de résultat',
  'Unique': 'Unique', 'First': 'Première', 'Priority': 'Priorité', 'Any': 'Toute', 'Collect': 'Collecte',
  'Rule order': 'Ordre des règles', 'Output order': 'Ordre des sorties', 'Input': 'Entrée', 'Output': 'Sortie'
};

function translate(root) {
  root.querySelectorAll('.tjs-container, .dmn-decision-table-container, .decision-table-head').forEach((table) => {
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const french = WORDS[node.data.trim()];
      if (french && node.data.trim() !== french) {
        node.data = node.data.replace(node.data.trim(), french);
      }
    }
  });
}

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => { scheduled = false; translate(document); });
  }
}).observe(document.documentElement, { childList: true, subtree: true });

export default [];
