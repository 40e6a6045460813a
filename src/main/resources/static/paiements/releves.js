// Uploads a statement to POST /api/bank-statements, lists what finance must still look at, and undoes a match with a reason.
(function () {
  const form = document.getElementById('formulaire');
  const status = document.getElementById('statut');
  const STATES = { UNMATCHED: 'Non rapproché', PARTLY_MATCHED: 'Reste à affecter', MATCHED: 'Rapproché', IGNORED: 'Hors factures' };
  const euros = new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' });
  const day = (iso) => (iso ? iso.split('-').reverse().join('/') : '');

  function headers(json) {
    const result = json ? { 'Content-Type': 'application/json' } : {};
    const user = document.getElementById('identifiant').value.trim();
    if (user) {
      result.Authorization = 'Basic ' + btoa(unescape(encodeURIComponent(user + ':' + document.getElementById('motDePasse').value)));
      return result;
    }
    // A Tasklist session may change data only with the webapp's CSRF token (cookie XSRF-TOKEN).
    const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    if (token) {
      result['X-XSRF-TOKEN'] = decodeURIComponent(token.split('=')[1]);
    }
    return result;
  }

  async function call(method, path, body, json) {
    const response = await fetch(path, { method, body, headers: headers(json), credentials: 'same-origin' });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(answer.message || ('Erreur ' + response.status));
    }
    return answer;
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : text;
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
  }

  async function undo(allocation) {
    const reason = window.prompt('Motif de l\'annulation du rapprochement avec la facture ' + allocation.invoiceNumber + ' :');
    if (!reason) {
      return;
    }
    try {
      await call('POST', '/api/payment-allocations/' + allocation.id + '/undo', JSON.stringify({ reason }), true);
      status.textContent = 'Rapprochement annulé : la facture ' + allocation.invoiceNumber + ' est de nouveau due.';
      refresh();
    } catch (failure) {
      status.textContent = failure.message;
    }
  }

  async function refresh() {
    try {
      const lists = await Promise.all([call('GET', '/api/bank-credits?state=UNMATCHED'), call('GET', '/api/bank-credits?state=PARTLY_MATCHED')]);
      const body = document.getElementById('credits');
      body.innerHTML = '';
      lists.flat().forEach((credit) => {
        const row = document.createElement('tr');
        cell(row, day(credit.bookingDate));
        cell(row, euros.format(credit.amount), 'montant');
        cell(row, euros.format(credit.unallocated), 'montant');
        cell(row, [credit.counterpartyName, credit.counterpartyIban].filter(Boolean).join(' – '));
        cell(row, credit.communication);
        cell(row, STATES[credit.state] || credit.state);
        const allocations = cell(row, '');
        credit.allocations.filter((a) => !a.undoneAt).forEach((a) => {
          const span = document.createElement('div');
          span.textContent = a.invoiceNumber + ' : ' + euros.format(a.amount) + ' ';
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'petit';
          button.textContent = 'Annuler';
          button.addEventListener('click', () => undo(a));
          span.appendChild(button);
          allocations.appendChild(span);
        });
        body.appendChild(row);
      });
      const statements = await call('GET', '/api/bank-statements');
      const table = document.getElementById('releves');
      table.innerHTML = '';
      statements.forEach((s) => {
        const row = document.createElement('tr');
        [day(s.statementDate), s.statementRef, s.format, s.accountIban, s.creditCount, s.debitsIgnored, s.importedBy]
          .forEach((value) => cell(row, value));
        table.appendChild(row);
      });
    } catch (failure) {
      status.textContent = failure.message;
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = document.getElementById('fichier').files[0];
    if (!file) {
      status.textContent = 'Choisissez le relevé à importer.';
      return;
    }
    const body = new FormData();
    body.append('file', file);
    status.textContent = 'Import en cours…';
    try {
      const answer = await call('POST', '/api/bank-statements', body, false);
      status.textContent = answer.message;
      refresh();
    } catch (failure) {
      status.textContent = "Le relevé n'a pas été importé : " + failure.message;
    }
  });
  document.getElementById('actualiser').addEventListener('click', refresh);
  refresh();
}());
