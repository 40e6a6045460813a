// « Registre des conventions »: reads /api/register/... and acts through each capability's own endpoint.
// Same session as the Camunda webapps (logging in here logs in to Tasklist, and back); a change is sent
// with the webapp's CSRF token, as /api requires for a session.
(function () {
  const F = window.Formats;
  const main = document.getElementById('contenu');
  const login = document.getElementById('connexion');
  let me = null;
  let csrfToken = null;
  let registerRows = null;

  // ------------------------------------------------------------------ helpers

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([key, value]) => {
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (key === 'class') {
        node.className = value;
      } else if (key.startsWith('on')) {
        node.addEventListener(key.substring(2), value);
      } else if (value === true) {
        node.setAttribute(key, '');
      } else {
        node.setAttribute(key, value);
      }
    });
    children.flat().forEach((child) => {
      if (child !== null && child !== undefined && child !== false) {
        node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    });
    return node;
  }

  function dash(text) {
    return text === null || text === undefined || text === '' ? '—' : text;
  }

  function notify(message, kind) {
    const box = document.getElementById('notification');
    box.textContent = message;
    box.className = 'notification ' + (kind || 'succes');
    box.hidden = false;
    clearTimeout(notify.timer);
    notify.timer = setTimeout(() => { box.hidden = true; }, 8000);
  }

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  // Camunda's own authentication endpoint: who is logged in to the webapps (404 when nobody), and the
  // session's CSRF token. Asked before /api so that a stranger sees the login form, not the browser's
  // Basic authentication prompt that /api's 401 would raise.
  async function fetchCsrfToken() {
    const response = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
    csrfToken = response.headers.get('X-XSRF-TOKEN') || csrfToken;
    return response.ok;
  }

  async function api(path, options) {
    const opts = Object.assign({ method: 'GET', credentials: 'same-origin', headers: {} }, options || {});
    opts.headers = Object.assign({ Accept: 'application/json' }, opts.headers);
    if (opts.method !== 'GET') {
      if (!csrfToken) {
        await fetchCsrfToken();
      }
      opts.headers['X-XSRF-TOKEN'] = csrfToken || '';
    }
    if (opts.json !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(opts.json);
    }
    const response = await fetch(path, opts);
    if (response.status === 401) {
      showLogin();
      throw new ApiError(401, 'Connectez-vous pour continuer.');
    }
    const text = await response.text();
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      throw new ApiError(response.status, (body && body.message) || ('Erreur ' + response.status + '.'));
    }
    return body;
  }

  function table(columns, rows, options) {
    const opts = options || {};
    if (!rows || rows.length === 0) {
      return el('p', { class: 'vide' }, opts.empty || 'Aucun élément.');
    }
    return el('table', { class: 'tableau' + (opts.compact ? ' compact' : ''), id: opts.id },
      el('thead', {}, el('tr', {}, columns.map((c) => el('th', { class: c.class, scope: 'col' }, c.label)))),
      el('tbody', {}, rows.map((row) => el('tr', {}, columns.map((c) => el('td', { class: c.class, 'data-label': c.label },
        c.value(row)))))),
      opts.footer ? el('tfoot', {}, opts.footer) : null);
  }

  function badge(text, kind) {
    return el('span', { class: 'badge ' + (kind || '') }, text);
  }

  function statusKind(status) {
    return { ACTIVE: 'vert', UNDER_REVIEW: 'bleu', AWAITING_SIGNATURES: 'bleu', ENDED: 'gris', REFUSED: 'rouge',
      CANCELLED: 'rouge', EXPIRED: 'gris' }[status] || '';
  }

  function section(title, ...content) {
    return el('section', { class: 'carte' }, el('h2', {}, title), ...content);
  }

  function definitions(pairs) {
    return el('dl', { class: 'definitions' }, pairs.filter(Boolean).flatMap(([term, value]) => [el('dt', {}, term),
      el('dd', {}, dash(value))]));
  }

  function link(href, text, attributes) {
    return el('a', Object.assign({ href }, attributes || {}), text);
  }

  // ------------------------------------------------------------------ login and session

  function showLogin() {
    main.replaceChildren();
    login.hidden = false;
    document.getElementById('navigation').hidden = true;
    document.getElementById('utilisateur').hidden = true;
    document.getElementById('identifiant').focus();
  }

  document.getElementById('formulaire-connexion').addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = document.getElementById('erreur-connexion');
    error.textContent = '';
    await fetchCsrfToken();
    const form = new URLSearchParams();
    form.set('username', document.getElementById('identifiant').value.trim());
    form.set('password', document.getElementById('mot-de-passe').value);
    const response = await fetch('/camunda/api/admin/auth/user/default/login/tasklist', {
      method: 'POST', credentials: 'same-origin', body: form,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': csrfToken || '' }
    });
    if (!response.ok) {
      error.textContent = response.status === 403
        ? 'Votre compte n\'a pas accès aux applications de la Convention.'
        : 'Identifiant ou mot de passe incorrect (après un échec, attendez quelques secondes).';
      return;
    }
    document.getElementById('mot-de-passe').value = '';
    csrfToken = null;
    await fetchCsrfToken();
    login.hidden = true;
    start();
  });

  document.getElementById('deconnexion').addEventListener('click', async () => {
    await fetchCsrfToken();
    await fetch('/camunda/api/admin/auth/user/default/logout', {
      method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrfToken || '' }
    });
    me = null;
    registerRows = null;
    csrfToken = null;
    showLogin();
  });

  async function start() {
    if (!(await fetchCsrfToken())) {
      showLogin();
      return;
    }
    try {
      me = await api('/api/register/me');
    } catch (e) {
      if (e.status !== 401) {
        main.replaceChildren(el('p', { class: 'erreur' }, e.message));
      }
      return;
    }
    document.getElementById('nom-utilisateur').textContent = me.displayName;
    document.getElementById('utilisateur').hidden = false;
    const nav = document.getElementById('navigation');
    nav.querySelectorAll('[data-union]').forEach((a) => { a.hidden = !me.union; });
    nav.querySelectorAll('[data-billing]').forEach((a) => { a.hidden = !me.seesBilling; });
    nav.hidden = false;
    route();
  }

  // ------------------------------------------------------------------ routes

  window.addEventListener('hashchange', () => { if (me) { route(); } });

  async function route() {
    const hash = location.hash.replace(/^#/, '') || '/';
    const dossier = /^\/convention\/(\d+)$/.exec(hash);
    document.querySelectorAll('#navigation a[data-route]').forEach((a) => a.classList.remove('actif'));
    const active = (name) => {
      const a = document.querySelector('#navigation a[data-route="' + name + '"]');
      if (a) {
        a.classList.add('actif');
      }
    };
    main.replaceChildren(el('p', { class: 'chargement' }, 'Chargement…'));
    try {
      if (dossier) {
        active('registre');
        await showDossier(Number(dossier[1]));
      } else if (hash === '/factures') {
        active('factures');
        await showBilling();
      } else if (hash === '/courriels') {
        active('courriels');
        await showMails();
      } else if (hash === '/tableau-de-bord') {
        active('tableau-de-bord');
        await showDashboard();
      } else {
        active('registre');
        await showRegister();
      }
    } catch (e) {
      if (e.status !== 401) {
        main.replaceChildren(el('section', { class: 'carte' }, el('h1', {}, e.status === 403 ? 'Accès refusé' : 'Erreur'),
          el('p', { class: 'erreur', id: 'message-erreur' }, e.message), link('#/', 'Retour au registre')));
      }
    }
  }

  // ------------------------------------------------------------------ register

  const COLUMNS = [
    { key: 'organisationName', label: 'Organisation' },
    { key: 'enterpriseNumber', label: 'N° d\'entreprise' },
    { key: 'entity', label: 'Entité' },
    { key: 'typeLabel', label: 'Type' },
    { key: 'statusLabel', label: 'Statut' },
    { key: 'nextDeadline', label: 'Prochaine échéance' }
  ];

  async function showRegister() {
    registerRows = await api('/api/register/conventions');
    if (!me.union && registerRows.length === 1) {
      location.replace('#/convention/' + registerRows[0].conventionId);
      return;
    }
    const state = { query: '', type: '', status: '', sort: 'organisationName', ascending: true };
    const count = el('p', { class: 'compte', id: 'compte' });
    const body = el('tbody', {});
    const headers = COLUMNS.map((c) => el('th', { scope: 'col', 'aria-sort': 'none' },
      el('button', { type: 'button', class: 'tri', 'data-sort': c.key, onclick: () => {
        state.ascending = state.sort === c.key ? !state.ascending : true;
        state.sort = c.key;
        render();
      } }, c.label)));
    const statuses = [...new Set(registerRows.map((r) => r.statusLabel))].sort();

    function matches(row) {
      const q = state.query.trim().toLowerCase();
      const digits = q.replace(/\D/g, '');
      const text = (row.organisationName + ' ' + row.entity).toLowerCase();
      return (!q || text.includes(q) || (digits.length >= 3 && row.enterpriseNumber.replace(/\D/g, '').includes(digits)))
        && (!state.type || row.type === state.type) && (!state.status || row.statusLabel === state.status);
    }

    function render() {
      const rows = registerRows.filter(matches).sort((a, b) => {
        const x = a[state.sort] || '';
        const y = b[state.sort] || '';
        const order = String(x).localeCompare(String(y), 'fr', { sensitivity: 'base', numeric: true });
        return state.ascending ? order : -order;
      });
      headers.forEach((th, i) => th.setAttribute('aria-sort', COLUMNS[i].key === state.sort
        ? (state.ascending ? 'ascending' : 'descending') : 'none'));
      body.replaceChildren(...rows.map((r) => el('tr', { 'data-convention': r.conventionId },
        el('td', {}, link('#/convention/' + r.conventionId, r.organisationName)),
        el('td', { class: 'nombre' }, r.enterpriseNumber),
        el('td', {}, r.entity),
        el('td', {}, r.typeLabel),
        el('td', {}, badge(r.statusLabel, statusKind(r.status))),
        el('td', {}, r.nextDeadline ? [F.date(r.nextDeadline), el('span', { class: 'discret' }, ' ' + r.nextDeadlineLabel)] : '—'))));
      count.textContent = rows.length + (rows.length > 1 ? ' conventions' : ' convention')
        + (rows.length === registerRows.length ? '' : ' sur ' + registerRows.length);
    }

    const search = el('input', { type: 'search', id: 'recherche', placeholder: 'Nom, entité ou numéro d\'entreprise',
      'aria-label': 'Rechercher une convention', oninput: (e) => { state.query = e.target.value; render(); } });
    main.replaceChildren(
      el('div', { class: 'entete' }, el('h1', {}, me.union ? 'Registre des conventions' : 'Mes conventions'),
        me.canAct ? link('/camunda/app/tasklist/default/', 'Nouvelle demande d\'adhésion (Tasklist)', { class: 'bouton' }) : null),
      el('div', { class: 'filtres' }, search,
        el('select', { id: 'filtre-type', 'aria-label': 'Type', onchange: (e) => { state.type = e.target.value; render(); } },
          el('option', { value: '' }, 'Tous les types'), el('option', { value: 'CPAS' }, 'CPAS'),
          el('option', { value: 'COMMUNE' }, 'Administration communale')),
        el('select', { id: 'filtre-statut', 'aria-label': 'Statut', onchange: (e) => { state.status = e.target.value; render(); } },
          el('option', { value: '' }, 'Tous les statuts'), statuses.map((s) => el('option', { value: s }, s)))),
      count,
      el('table', { class: 'tableau', id: 'registre' }, el('thead', {}, el('tr', {}, headers)), body));
    render();
    search.focus();
  }

  // ------------------------------------------------------------------ dossier

  async function showDossier(id) {
    const d = await api('/api/register/conventions/' + id);
    const c = d.convention;
    const o = d.organisation;
    const header = el('div', { class: 'entete' },
      el('div', {}, el('p', { class: 'fil' }, me.union ? link('#/', 'Registre') : null, me.union ? ' › ' : null, 'Dossier'),
        el('h1', { id: 'dossier-titre' }, o.name, ' ', badge(c.statusLabel, statusKind(c.status))),
        el('p', { class: 'sous-titre' }, o.typeLabel + ' · entité ' + o.entity + ' · n° d\'entreprise ' + o.enterpriseNumber)),
      el('div', { class: 'actions' }, c.documentUrl ? link(c.documentUrl, 'Convention (.docx)', { class: 'bouton', download: '' }) : null));
    const parts = [header];
    if (d.sections.actions) {
      parts.push(actionBar(d));
    }
    parts.push(el('div', { class: 'grille' },
      section('Dates', definitions([
        ['Demande reçue le', F.dateTime(c.requestedAt)],
        ['Signée le', F.longDate(c.signatureDate)],
        ['Début', F.longDate(c.startDate)],
        ['Fin du terme en cours', F.longDate(c.currentTermEnd)],
        ['Date limite de préavis', F.longDate(c.noticeDeadline)],
        ['Limite des 48 mois', F.longDate(c.limitEnd)],
        c.endDate ? ['Fin de la convention', F.longDate(c.endDate)] : null,
        c.refusalReason ? ['Motif', c.refusalReason] : null,
        ['Redevance mensuelle', c.monthlyFee ? F.amount(c.monthlyFee) + ' HTVA' + (c.reductionPercent ? ' (réduction ' + c.reductionPercent + ' %)' : '') : null]
      ])),
      section('Organisation', definitions([
        ['Adresse', o.street + ', ' + o.postalCode + ' ' + o.city],
        ['Facturation', o.billingEmail],
        ['Tenant Camunda', o.tenantId]
      ])),
      section('Signatures', table([
        { label: 'Partie', value: (s) => s.party },
        { label: 'Nom', value: (s) => dash(s.name) },
        { label: 'Signé le', value: (s) => s.signedOn ? F.date(s.signedOn) : 'pas encore' },
        { label: 'Lieu', value: (s) => dash(s.place) }
      ], d.signatures, { compact: true })),
      section('Signataires', table([
        { label: 'Rôle', value: (p) => p.roleLabel },
        { label: 'Nom', value: (p) => p.fullName },
        { label: 'E-mail', value: (p) => p.email },
        d.sections.actions ? { label: '', class: 'droite', value: (p) => el('button', { type: 'button', class: 'petit',
          'data-access-link': p.userId, onclick: () => sendAccessLink(p) }, 'Envoyer un nouveau lien d\'accès') } : null
      ].filter(Boolean), d.people, { compact: true, id: 'signataires' }))));
    parts.push(section('Espace sécurisé et Outils',
      d.space ? definitions([
        ['État de l\'espace', d.space.stateLabel],
        ['Occupation', F.bytes(d.space.usedBytes) + ' sur ' + F.bytes(d.space.quotaBytes) + ' (' + String(d.space.usedPercent).replace('.', ',') + ' %)'],
        ['Créé le', F.dateTime(d.space.createdAt)]
      ]) : el('p', { class: 'vide' }, 'Pas encore d\'espace sécurisé.'),
      table([
        { label: 'Outil', value: (t) => link(t.userGuideUrl, t.name, { target: '_blank', rel: 'noopener' }) },
        { label: 'Version installée', value: (t) => t.installedVersion || 'non installé' },
        { label: 'Version du catalogue', value: (t) => t.catalogVersion },
        { label: 'Origine', value: (t) => t.requested ? 'convention' : 'demande ultérieure' }
      ], d.tools, { compact: true, empty: 'Aucun Outil.' })));
    parts.push(section('Lettres de non-reconduction', table([
      { label: 'Reçue le', value: (n) => F.date(n.receivedOn) },
      { label: 'Datée du', value: (n) => F.date(n.letterDate) },
      { label: 'Référence', value: (n) => n.reference },
      { label: 'Décision', value: (n) => badge(n.outcomeLabel, n.outcome === 'ACCEPTED' ? 'vert' : 'rouge') },
      { label: 'Motif', value: (n) => n.reason },
      { label: 'Scan', value: (n) => n.scanUrl ? link(n.scanUrl, n.scanFileName, { target: '_blank' }) : '—' }
    ], d.notices, { compact: true, id: 'lettres', empty: 'Aucune lettre enregistrée.' }),
    d.renewals.length ? el('p', { class: 'discret' }, 'Reconductions : ' + d.renewals.map((r) => F.date(r.renewalDate)).join(', ')) : null));
    if (d.invoices) {
      parts.push(section('Factures, notes de crédit et paiements', billingTable(d.invoices, true)));
    }
    if (d.openTasks) {
      parts.push(section(d.sections.processes ? 'Tâches ouvertes' : 'Mes tâches', table([
        { label: 'Tâche', value: (t) => link(t.tasklistUrl, t.name) },
        { label: 'Processus', value: (t) => dash(t.processName) },
        { label: 'Assignée à', value: (t) => dash(t.assignee) },
        { label: 'Créée le', value: (t) => F.dateTime(t.created) },
        { label: 'Échéance', value: (t) => t.due ? F.dateTime(t.due) : '—' }
      ], d.openTasks, { compact: true, id: 'taches', empty: 'Aucune tâche ouverte.' })));
    }
    if (d.timeline) {
      parts.push(section('Historique des processus', table([
        { label: 'Processus', value: (p) => p.processName },
        { label: 'Clé métier', value: (p) => dash(p.businessKey) },
        { label: 'Démarré le', value: (p) => F.dateTime(p.startTime) },
        { label: 'Terminé le', value: (p) => p.endTime ? F.dateTime(p.endTime) : '—' },
        { label: 'État', value: (p) => badge(p.stateLabel, p.endTime ? 'gris' : 'bleu') },
        { label: '', value: (p) => p.cockpitUrl ? link(p.cockpitUrl, 'Ouvrir dans Cockpit') : '' }
      ], d.timeline, { compact: true, id: 'historique', empty: 'Aucun processus.' })));
    }
    if (d.misuseCases && d.misuseCases.length) {
      parts.push(section('Cas d\'abus', table([
        { label: 'Ouvert le', value: (m) => F.dateTime(m.openedAt) },
        { label: 'Faits', value: (m) => m.facts },
        { label: 'État', value: (m) => (m.state === 'OPEN' ? 'ouvert' : 'clos') + (m.suspended ? ', accès suspendu' : '') }
      ], d.misuseCases, { compact: true })));
    }
    if (d.mails) {
      parts.push(section('Courriels', mailTable(d.mails, false)));
    }
    main.replaceChildren(...parts);
  }

  function actionBar(d) {
    const active = d.convention.status === 'ACTIVE';
    const installed = d.tools.filter((t) => t.installedVersion);
    const button = (id, text, handler, enabled) => el('button', { type: 'button', id, onclick: handler,
      disabled: enabled === false, title: enabled === false ? 'Réservé aux conventions actives' : null }, text);
    return el('div', { class: 'barre-actions', id: 'actions' },
      button('action-lettre', 'Enregistrer une lettre de non-reconduction', () => registerNotice(d), active),
      button('action-outil', 'Demander un Outil', () => requestTool(d), active),
      button('action-adaptation', 'Demande d\'adaptation', () => requestAdaptation(d, installed), active && installed.length > 0),
      button('action-abus', 'Ouvrir un cas d\'abus', () => openMisuse(d), active),
      button('action-maintenance', 'Proposer pour l\'équipe de maintenance', () => proposeMaintenance(d)));
  }

  // ------------------------------------------------------------------ actions (dialog)

  function field(label, input, help) {
    const id = input.id;
    return el('div', { class: 'champ' }, el('label', { for: id }, label), input, help ? el('p', { class: 'aide' }, help) : null);
  }

  function dialog(title, fields, submitLabel, submit) {
    const win = document.getElementById('fenetre');
    document.getElementById('fenetre-titre').textContent = title;
    document.getElementById('fenetre-champs').replaceChildren(...fields);
    document.getElementById('fenetre-erreur').textContent = '';
    const ok = document.getElementById('fenetre-valider');
    ok.textContent = submitLabel;
    ok.disabled = false;
    const form = document.getElementById('fenetre-formulaire');
    form.onsubmit = async (event) => {
      event.preventDefault();
      const missing = fields.flatMap((f) => [...f.querySelectorAll('[required]')]).find((i) => !i.value);
      if (missing) {
        document.getElementById('fenetre-erreur').textContent = 'Le champ « ' + missing.labels[0].textContent + ' » est obligatoire.';
        missing.focus();
        return;
      }
      ok.disabled = true;
      try {
        const message = await submit();
        win.close();
        notify(message);
        route();
      } catch (e) {
        document.getElementById('fenetre-erreur').textContent = e.message;
        ok.disabled = false;
      }
    };
    document.getElementById('fenetre-annuler').onclick = () => win.close();
    win.showModal();
    const first = win.querySelector('input, select, textarea');
    if (first) {
      first.focus();
    }
  }

  function today() {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
  }

  // Dates are typed the Belgian way whatever the browser's language (a date input shows mm/dd/yyyy in some).
  function dateInput(id, attributes) {
    return el('input', Object.assign({ id, inputmode: 'numeric', placeholder: 'jj/mm/aaaa', maxlength: 10, size: 12,
      autocomplete: 'off' }, attributes || {}));
  }

  function registerNotice(d) {
    const received = dateInput('lettre-reception', { required: true, value: F.date(today()) });
    const dated = dateInput('lettre-date', { required: true });
    const reference = el('input', { id: 'lettre-reference', required: true, maxlength: 100, placeholder: 'ex. CE-2027-0142' });
    const scan = el('input', { type: 'file', id: 'lettre-scan', accept: 'application/pdf,image/*' });
    dialog('Lettre de non-reconduction – ' + d.organisation.name, [
      field('Reçue par l\'Union le', received, 'Date de réception (cachet du courrier entrant). À temps si reçue au plus tard le '
        + (F.longDate(d.convention.noticeDeadline) || '—') + '.'),
      field('Date de la lettre', dated),
      field('Référence du courrier', reference),
      field('Scan de la lettre (PDF ou image)', scan)
    ], 'Enregistrer la lettre', async () => {
      const body = new FormData();
      body.append('receivedOn', F.parseDate(received.value, 'Reçue par l\'Union le'));
      body.append('letterDate', F.parseDate(dated.value, 'Date de la lettre'));
      body.append('reference', reference.value.trim());
      if (scan.files[0]) {
        body.append('scan', scan.files[0]);
      }
      const notice = await api('/api/conventions/' + d.convention.id + '/non-renewal-notices', { method: 'POST', body });
      return (notice.outcome === 'ACCEPTED' ? 'Lettre acceptée. ' : 'Lettre refusée (tardive). ') + notice.reason;
    });
  }

  async function sendAccessLink(person) {
    if (!window.confirm('Envoyer un nouveau lien d\'accès à ' + person.fullName + ' (' + person.email + ') ?')) {
      return;
    }
    try {
      const sent = await api('/api/people/' + encodeURIComponent(person.userId) + '/access-link', { method: 'POST' });
      notify(sent.message);
      route();
    } catch (e) {
      notify(e.message, 'erreur');
    }
  }

  function requestTool(d) {
    const present = new Set(d.tools.filter((t) => t.installedVersion).map((t) => t.code));
    const tool = el('select', { id: 'outil-code', required: true }, el('option', { value: '' }, 'Choisissez un Outil'),
      d.toolCatalog.filter((t) => !present.has(t.code)).map((t) => el('option', { value: t.code }, t.name + ' (' + t.catalogVersion + ')')));
    const motivation = el('textarea', { id: 'outil-motivation', rows: 3, maxlength: 2000 });
    dialog('Demande d\'Outil – ' + d.organisation.name, [field('Outil', tool), field('Motivation', motivation)],
      'Démarrer la demande', async () => {
        const r = await api('/api/organisations/' + d.organisation.id + '/tool-requests', { method: 'POST',
          json: { toolCode: tool.value, motivation: motivation.value } });
        return 'Demande d\'Outil « ' + r.toolName + ' » démarrée.';
      });
  }

  function requestAdaptation(d, installed) {
    const tool = el('select', { id: 'adaptation-outil', required: true }, el('option', { value: '' }, 'Choisissez un Outil'),
      installed.map((t) => el('option', { value: t.code }, t.name)));
    const title = el('input', { id: 'adaptation-titre', required: true, maxlength: 200 });
    const description = el('textarea', { id: 'adaptation-description', rows: 3, required: true });
    const need = el('textarea', { id: 'adaptation-besoin', rows: 2, required: true });
    dialog('Demande d\'adaptation – ' + d.organisation.name, [field('Outil', tool), field('Titre', title),
      field('Description', description), field('Besoin local', need, 'Pourquoi l\'adaptation est nécessaire pour cet Utilisateur.')],
    'Démarrer la demande', async () => {
      const r = await api('/api/organisations/' + d.organisation.id + '/adaptation-requests', { method: 'POST',
        json: { toolCode: tool.value, title: title.value, description: description.value, localNeed: need.value } });
      return 'Demande d\'adaptation « ' + r.title + ' » démarrée.';
    });
  }

  function openMisuse(d) {
    const facts = el('textarea', { id: 'abus-faits', rows: 4, required: true });
    dialog('Cas d\'abus – ' + d.organisation.name, [field('Faits constatés', facts,
      'Art. 6.11 : avertissement, suspension éventuelle de l\'accès au Serveur (la facturation continue).')],
    'Ouvrir le cas', async () => {
      await api('/api/conventions/' + d.convention.id + '/misuse-cases', { method: 'POST', json: { facts: facts.value } });
      return 'Cas d\'abus ouvert.';
    });
  }

  function proposeMaintenance(d) {
    const person = el('select', { id: 'maintenance-personne', required: true }, el('option', { value: '' }, 'Choisissez une personne'),
      d.people.map((p) => el('option', { value: p.userId }, p.fullName + ' – ' + p.roleLabel)));
    dialog('Équipe de maintenance – ' + d.organisation.name, [field('Personne', person,
      'Les droits d\'administration ne sont accordés qu\'après la signature de la Charte de maintenance.')],
    'Proposer', async () => {
      const p = d.people.find((x) => x.userId === person.value);
      await api('/api/maintenance-team/proposals', { method: 'POST',
        json: { userId: p.userId, fullName: p.fullName, email: p.email, organisation: d.organisation.name } });
      return p.fullName + ' est proposé(e) pour l\'équipe de maintenance.';
    });
  }

  // ------------------------------------------------------------------ billing

  function billingTable(documents, withPayments) {
    return table([
      { label: 'Document', value: (i) => (i.kind === 'FACTURE' ? 'Facture ' : 'Note de crédit ') + i.number },
      withPayments ? null : { label: 'Organisation', value: (i) => i.organisationName },
      { label: 'Date', value: (i) => F.date(i.issueDate) },
      { label: 'Échéance', value: (i) => i.dueDate ? F.date(i.dueDate) : (i.invoiceNumber ? 'sur ' + i.invoiceNumber : '—') },
      { label: 'HTVA', class: 'montant', value: (i) => F.amount(i.totalExclVat) },
      { label: 'TVA', class: 'montant', value: (i) => F.amount(i.vatAmount) },
      { label: 'TVAC', class: 'montant', value: (i) => F.amount(i.totalInclVat) },
      { label: 'Payé', class: 'montant', value: (i) => i.kind === 'FACTURE' ? F.amount(i.paid) : '' },
      { label: 'Reste dû', class: 'montant', value: (i) => i.kind === 'FACTURE' ? F.amount(i.outstanding) : '' },
      withPayments ? { label: 'Paiements', value: (i) => (i.payments || []).map((p) => F.date(p.bookingDate) + ' : ' + F.amount(p.amount)).join(' ; ') } : null,
      { label: 'Fichiers', value: (i) => [link(i.pdfUrl, 'PDF', { target: '_blank' }), ' · ', link(i.xmlUrl, 'UBL', { target: '_blank' })] }
    ].filter(Boolean), documents, { compact: true, id: 'factures', empty: 'Aucune facture.' });
  }

  async function showBilling() {
    const year = today().substring(0, 4);
    const from = dateInput('filtre-du');
    const to = dateInput('filtre-au');
    const kind = el('select', { id: 'filtre-genre' }, el('option', { value: '' }, 'Factures et notes de crédit'),
      el('option', { value: 'FACTURE' }, 'Factures'), el('option', { value: 'NOTE_DE_CREDIT' }, 'Notes de crédit'));
    const q = el('input', { type: 'search', id: 'filtre-texte', placeholder: 'Organisation ou numéro' });
    const unpaid = el('input', { type: 'checkbox', id: 'filtre-impayees' });
    const result = el('div', {});
    let latest = 0;
    async function load() {
      const request = ++latest;
      const params = new URLSearchParams();
      const fromIso = F.parseDate(from.value, 'Du');
      const toIso = F.parseDate(to.value, 'au');
      if (fromIso) { params.set('from', fromIso); }
      if (toIso) { params.set('to', toIso); }
      if (kind.value) { params.set('kind', kind.value); }
      if (q.value.trim()) { params.set('q', q.value.trim()); }
      if (unpaid.checked) { params.set('unpaid', 'true'); }
      const b = await api('/api/register/billing?' + params);
      if (request !== latest) {
        return; // a newer filter was asked meanwhile: show only its answer
      }
      const t = b.totals;
      result.replaceChildren(billingTable(b.documents, false),
        el('table', { class: 'tableau totaux', id: 'totaux' }, el('tbody', {},
          el('tr', {}, el('th', { scope: 'row' }, t.invoiceCount + ' facture(s)'), el('td', { class: 'montant' }, F.amount(t.invoicedExclVat) + ' HTVA'),
            el('td', { class: 'montant' }, F.amount(t.invoicedVat) + ' TVA'), el('td', { class: 'montant' }, F.amount(t.invoicedInclVat) + ' TVAC')),
          el('tr', {}, el('th', { scope: 'row' }, t.creditNoteCount + ' note(s) de crédit'), el('td', { class: 'montant' }, F.amount(t.creditedExclVat) + ' HTVA'),
            el('td', { class: 'montant' }, F.amount(t.creditedVat) + ' TVA'), el('td', { class: 'montant' }, F.amount(t.creditedInclVat) + ' TVAC')),
          el('tr', { class: 'fort' }, el('th', { scope: 'row' }, 'Net facturé'), el('td', {}), el('td', {}),
            el('td', { class: 'montant', id: 'total-net' }, F.amount(t.netInclVat) + ' TVAC')),
          el('tr', {}, el('th', { scope: 'row' }, 'Payé / reste dû'), el('td', {}), el('td', { class: 'montant' }, F.amount(t.paid)),
            el('td', { class: 'montant', id: 'total-du' }, F.amount(t.outstanding))))));
    }
    const form = el('form', { class: 'filtres', onsubmit: (e) => { e.preventDefault(); load().catch((x) => notify(x.message, 'erreur')); } },
      el('label', { for: 'filtre-du' }, 'Du'), from, el('label', { for: 'filtre-au' }, 'au'), to, kind, q,
      el('label', { class: 'case', for: 'filtre-impayees' }, unpaid, ' impayées seulement'),
      el('button', { type: 'submit', class: 'principal' }, 'Filtrer'));
    main.replaceChildren(el('div', { class: 'entete' }, el('h1', {}, 'Factures et notes de crédit'),
      el('div', { class: 'actions' }, link('/api/ledgers/' + year + '.xlsx', 'Grand livre ' + year + ' (.xlsx)', { class: 'bouton' }))),
    form, result);
    await load();
  }

  // ------------------------------------------------------------------ mails

  const MAIL_STATES = { SENT: ['envoyé', 'vert'], FAILED: ['échec', 'rouge'], PENDING: ['en attente', 'bleu'],
    SENDING: ['en cours d\'envoi', 'bleu'] };

  function mailTable(mails, withOrganisation) {
    const names = new Map((registerRows || []).map((r) => [r.organisationId, r.organisationName]));
    return table([
      { label: 'Envoyé le', value: (m) => F.dateTime(m.createdAt) },
      withOrganisation ? { label: 'Organisation', value: (m) => dash(names.get(m.organisationId)) } : null,
      { label: 'Destinataire', value: (m) => m.recipient },
      { label: 'Objet', value: (m) => m.body ? el('details', {}, el('summary', {}, m.subject), el('pre', { class: 'corps' }, m.body)) : m.subject },
      { label: 'État', value: (m) => badge(...(MAIL_STATES[m.status] || [m.status, 'bleu'])) }
    ].filter(Boolean), mails, { compact: true, id: 'courriels', empty: 'Aucun courriel.' });
  }

  async function showMails() {
    if (!registerRows) {
      registerRows = await api('/api/register/conventions');
    }
    const mails = await api('/api/mails');
    const result = el('div', {}, mailTable(mails, true));
    const q = el('input', { type: 'search', id: 'filtre-courriels', placeholder: 'Destinataire ou objet', 'aria-label': 'Filtrer',
      oninput: () => {
        const text = q.value.trim().toLowerCase();
        result.replaceChildren(mailTable(mails.filter((m) => !text || (m.recipient + ' ' + m.subject).toLowerCase().includes(text)), true));
      } });
    main.replaceChildren(el('div', { class: 'entete' }, el('h1', {}, 'Journal des courriels')),
      el('p', { class: 'discret' }, 'Les 200 derniers courriels envoyés par l\'application, du plus récent au plus ancien.'),
      el('div', { class: 'filtres' }, q), result);
  }

  // ------------------------------------------------------------------ dashboard

  async function showDashboard() {
    const b = await api('/api/register/dashboard');
    main.replaceChildren(el('div', { class: 'entete' }, el('h1', {}, 'Tableau de bord'),
      el('p', { class: 'discret' }, 'Au ' + F.longDate(b.today) + ' · échéances jusqu\'au ' + F.longDate(b.horizon))),
    el('div', { class: 'chiffres' },
      el('div', { class: 'chiffre' }, el('strong', { id: 'chiffre-demandes' }, String(b.openRequests.reduce((n, s) => n + s.count, 0))), 'tâches ouvertes'),
      el('div', { class: 'chiffre' }, el('strong', {}, String(b.deadlines.length)), 'échéances à 90 jours'),
      el('div', { class: 'chiffre' + (b.incidents.length ? ' alerte' : '') }, el('strong', { id: 'chiffre-incidents' }, String(b.incidents.length)), 'incidents'),
      el('div', { class: 'chiffre' + (b.unpaidInvoices.length ? ' alerte' : '') }, el('strong', {}, F.amount(b.unpaidTotal)), 'échus impayés')),
    el('div', { class: 'grille' },
      section('Demandes ouvertes par étape', table([
        { label: 'Processus', value: (s) => s.processName },
        { label: 'Étape', value: (s) => link(s.tasklistUrl, s.taskName) },
        { label: 'Tâches', class: 'nombre', value: (s) => String(s.count) },
        { label: 'Plus ancienne', value: (s) => F.dateTime(s.oldest) }
      ], b.openRequests, { compact: true, id: 'etapes', empty: 'Aucune tâche ouverte.' })),
      section('Incidents', table([
        { label: 'Processus', value: (i) => dash(i.processName) },
        { label: 'Organisation', value: (i) => i.conventionId ? link('#/convention/' + i.conventionId, i.organisationName) : dash(i.organisationName) },
        { label: 'Message', value: (i) => dash(i.message) },
        { label: 'Depuis', value: (i) => F.dateTime(i.time) },
        { label: '', value: (i) => i.cockpitUrl ? link(i.cockpitUrl, 'Cockpit') : '' }
      ], b.incidents, { compact: true, id: 'incidents', empty: 'Aucun incident.' }))),
    section('Échéances des 90 prochains jours', table([
      { label: 'Date', value: (x) => F.date(x.date) },
      { label: 'Échéance', value: (x) => x.taskUrl ? link(x.taskUrl, x.label) : x.label },
      { label: 'Organisation', value: (x) => x.conventionId ? link('#/convention/' + x.conventionId, x.organisationName) : dash(x.organisationName) }
    ], b.deadlines, { compact: true, id: 'echeances', empty: 'Aucune échéance dans les 90 jours.' })),
    section('Factures échues impayées', billingTable(b.unpaidInvoices, false)));
  }

  start();
}());
