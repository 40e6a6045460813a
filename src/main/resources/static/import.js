// Sends the sheet to POST /api/conventions/import and lists what was created, skipped and refused.
(function () {
  const form = document.getElementById('formulaire');
  const status = document.getElementById('statut');
  const details = document.getElementById('details');

  function headers() {
    const user = document.getElementById('identifiant').value.trim();
    if (user) {
      return { Authorization: 'Basic ' + btoa(unescape(encodeURIComponent(user + ':' + document.getElementById('motDePasse').value))) };
    }
    // A Tasklist session may change data only with the webapp's CSRF token (cookie XSRF-TOKEN).
    const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    return token ? { 'X-XSRF-TOKEN': decodeURIComponent(token.split('=')[1]) } : {};
  }

  function line(text) {
    const item = document.createElement('li');
    item.textContent = text;
    details.appendChild(item);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    details.innerHTML = '';
    const file = document.getElementById('fichier').files[0];
    if (!file) {
      status.textContent = 'Choisissez le classeur à importer.';
      return;
    }
    const body = new FormData();
    body.append('file', file);
    status.textContent = 'Import en cours…';
    try {
      const response = await fetch('/api/conventions/import', { method: 'POST', body, headers: headers(), credentials: 'same-origin' });
      const answer = await response.json();
      status.textContent = answer.message || ('Erreur ' + response.status);
      (answer.created || []).forEach((c) => line('Ligne ' + c.row + ' : convention ' + c.conventionId + ' créée pour ' + c.organisation + '.'));
      (answer.skipped || []).forEach((s) => line(s.message));
      (answer.errors || []).forEach((e) => line(e.message));
    } catch (failure) {
      status.textContent = "L'import n'a pas pu être envoyé : " + failure;
    }
  });
}());
