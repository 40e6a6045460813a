// Convention (UVCW): Tasklist's forms in French and the Tasklist each role needs (docs/webapps.md).
// A Tasklist custom script (config.js customScripts), loaded once as an ES module. It
// - translates form-js 1.8.7's validation messages and placeholders (form-js has no translations),
// - refuses impossible dates typed as jj/mm/aaaa (flatpickr would roll 12/31/2030 over to 2032),
// - drops the errors of fields that a condition hid, so « Terminer » is enabled as soon as the form is valid,
// - hides from signatories the buttons they cannot use and, from everyone but administrators, the
//   Camunda end-of-life banner; shows the organisation's name instead of the tenant id.
// The server enforces what is hidden here: hiding only spares people buttons that would fail.

const MESSAGES = [
  [/^Field is required\.$/, () => 'Ce champ est obligatoire.'],
  [/^Field must match pattern .*$/s, () => "Le format n'est pas valide : suivez l'exemple donné sous le champ."],
  [/^Field must have minimum value of (.*)\.$/, (m) => `La valeur doit être au moins ${m[1]}.`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `La valeur doit être au plus ${m[1]}.`],
  [/^Field must have minimum length of (.*)\.$/, (m) => `Au moins ${m[1]} caractères.`],
  [/^Field must have maximum length of (.*)\.$/, (m) => `Au plus ${m[1]} caractères.`],
  [/^Field must be a valid email\.$/, () => "Cette adresse e-mail n'est pas valide (exemple : prenom.nom@cpas.be)."],
  [/^Field must be a valid +international phone number\..*$/, () => 'Numéro de téléphone international attendu (exemple : +3281240611).'],
  [/^Value is not a number\.$/, () => "Ce n'est pas un nombre."],
  [/^Value is expected to be an integer\.$/, () => 'Un nombre entier est attendu.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Au plus ${m[1]} décimale(s).`],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/, (m) => `Valeur non permise : les plus proches sont ${m[1]} et ${m[2]}.`],
  [/^Date and time must both be entered\.$/, () => "La date et l'heure doivent être indiquées toutes les deux."]
];

const PLACEHOLDERS = { 'dd/mm/yyyy': 'jj/mm/aaaa', 'mm/dd/yyyy': 'jj/mm/aaaa', 'Search': 'Rechercher', 'Select': 'Choisir…' };
const TEXTS = { 'Select': 'Choisir…', 'No results': 'Aucun résultat' };

export function french(message) {
  if (typeof message !== 'string') {
    return message;
  }
  for (const [pattern, text] of MESSAGES) {
    const match = message.match(pattern);
    if (match) {
      return text(match);
    }
  }
  return message;
}

function frenchErrors(errors) {
  if (Array.isArray(errors)) {
    return errors.map((e) => (typeof e === 'string' ? french(e) : frenchErrors(e)));
  }
  if (errors && typeof errors === 'object') {
    const result = {};
    Object.keys(errors).forEach((key) => { result[key] = frenchErrors(errors[key]); });
    return result;
  }
  return errors;
}

/** dd/mm/yyyy (1 or 2 digits for day and month), and only a date that exists. */
export function impossibleDate(text) {
  const value = (text || '').trim();
  if (!value) {
    return null;
  }
  const match = value.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (!match) {
    return 'Tapez la date sous la forme jj/mm/aaaa (exemple : 15/09/2026).';
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) {
    return `Date impossible : il n'y a pas de mois ${month}. Tapez la date sous la forme jj/mm/aaaa.`;
  }
  const date = new Date(year, month - 1, day);
  if (day < 1 || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return `Date impossible : le ${day}/${month}/${year} n'existe pas.`;
  }
  return null;
}

// ---- form-js, reached through the webpack chunk registry that Tasklist's deps.js shares ----

function formJsModule() {
  const chunks = self.webpackChunkcamunda_bpm_webapp;
  if (!chunks) {
    return null;
  }
  let found = null;
  chunks.push([['convention-french-forms'], {}, (require) => {
    for (const id of Object.keys(require.m)) {
      const source = Function.prototype.toString.call(require.m[id]);
      if (source.includes('formFieldInstanceRegistry') && source.includes('Field is required.')) {
        const exports = require(id);
        if (exports && exports.Form && exports.Form.prototype && exports.Form.prototype._setState) {
          found = exports;
          return;
        }
      }
    }
  }]);
  return found;
}

const PENDING = '__conventionDateErrors';

function patchForm(Form) {
  if (Form.prototype.__conventionFrench) {
    return;
  }
  Form.prototype.__conventionFrench = true;

  const setState = Form.prototype._setState;
  Form.prototype._setState = function (update) {
    if (update && update.errors) {
      update = { ...update, errors: frenchErrors({ ...update.errors, ...(this[PENDING] || {}) }) };
    }
    return setState.call(this, update);
  };

  const importSchema = Form.prototype.importSchema;
  Form.prototype.importSchema = function (...args) {
    this._container.__conventionForm = this;
    if (!this.__conventionListening) {
      this.__conventionListening = true;
      // A field hidden by a condition (« Motif du refus » once « Accepter » is chosen) keeps no error.
      this.on('formFieldInstanceRegistry.changed', ({ instanceId, action }) => {
        const { errors } = this._getState();
        if (action === 'removed' && errors && errors[instanceId]) {
          const rest = { ...errors };
          delete rest[instanceId];
          if (this[PENDING]) {
            delete this[PENDING][instanceId];
          }
          setTimeout(() => this._setState({ errors: rest }));
        }
      });
    }
    return importSchema.apply(this, args);
  };

  const validate = Form.prototype.validate;
  Form.prototype.validate = function () {
    const errors = validate.call(this);
    const pending = this[PENDING] || {};
    if (Object.keys(pending).length) {
      const all = { ...errors, ...pending };
      this._setState({ errors: all });
      return all;
    }
    return errors;
  };
}

function dateInput(target) {
  if (!(target instanceof HTMLInputElement) || !target.closest('.fjs-datepicker')) {
    return null;
  }
  const container = target.closest('.fjs-container');
  const form = container && container.__conventionForm;
  const prefix = form ? `fjs-form-${form._id}-` : null;
  if (!prefix || !target.id.startsWith(prefix) || !target.id.endsWith('-date')) {
    return null;
  }
  return { form, fieldId: target.id.slice(prefix.length, -'-date'.length) };
}

/** flatpickr's parser: a real jj/mm/aaaa date, or a French error on the field and the typed text kept. */
function strictDate(input, text) {
  const found = dateInput(input);
  const problem = impossibleDate(text);
  if (found) {
    const { form, fieldId } = found;
    form[PENDING] = form[PENDING] || {};
    const errors = { ...form._getState().errors };
    if (problem) {
      form[PENDING][fieldId] = [problem];
    } else {
      delete form[PENDING][fieldId];
      delete errors[fieldId]; // a real date: no error of ours (flatpickr may parse twice, on click and on blur)
    }
    setTimeout(() => form._setState({ errors }));
  }
  if (problem) {
    setTimeout(() => { input.value = text; }); // flatpickr empties the field: the person corrects what they typed
    return undefined;
  }
  const [day, month, year] = text.trim().split('/').map(Number);
  return new Date(year, month - 1, day);
}

// ---- words outside the validator: placeholders, the select's "Select", "No results" ----

function translatePage(root) {
  // form-js takes the date format from the browser's locale (m/d/yyyy in an English browser) and
  // flatpickr rolls impossible dates over: here always jj/mm/aaaa, read strictly.
  root.querySelectorAll('.fjs-container .fjs-datepicker input').forEach((input) => {
    const picker = input._flatpickr;
    if (picker && !picker.__conventionStrict) {
      picker.__conventionStrict = true;
      picker.set('dateFormat', 'd/m/Y');
      picker.set('parseDate', (text) => strictDate(input, text));
      const selected = picker.selectedDates[0];
      if (selected) {
        input.value = picker.formatDate(selected, 'd/m/Y');
      }
    }
    if (input.getAttribute('placeholder') !== 'jj/mm/aaaa') {
      input.setAttribute('placeholder', 'jj/mm/aaaa');
    }
  });
  root.querySelectorAll('.fjs-container input[placeholder], .fjs-container textarea[placeholder]').forEach((input) => {
    const french = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (french) {
      input.setAttribute('placeholder', french);
    }
  });
  root.querySelectorAll('.fjs-container .fjs-select-display, .fjs-container .fjs-dropdownlist-empty').forEach((element) => {
    const text = element.firstChild;
    const french = text && text.nodeType === Node.TEXT_NODE ? TEXTS[text.data.trim()] : null;
    if (french) {
      text.data = french;
    }
  });
  root.querySelectorAll('.fjs-container .fjs-form-field-error li').forEach((item) => {
    const text = item.firstChild;
    if (text && text.nodeType === Node.TEXT_NODE && french(text.data) !== text.data) {
      text.data = french(text.data);
    }
  });
}

// ---- who is looking: signatories get a Tasklist without the buttons they cannot use ----

const UNION_GROUPS = ['union-staff', 'union-management', 'finance', 'maintenance'];
const appRoot = (document.querySelector('base') && document.querySelector('base').getAttribute('app-root')) || '/camunda';
const engineApi = `${appRoot}/api/engine/engine/default`;

async function json(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${response.status} ${url}`);
  }
  return response.json();
}

let currentUser = null;
let lastCheck = 0;
let trailingCheck = null;
async function markRole() {
  const wait = 3000 - (Date.now() - lastCheck);
  if (wait > 0) {
    // Throttled: check once more when the interval is over, or a login that settles the page
    // within it (no DOM change afterwards) would never be seen.
    if (!trailingCheck) {
      trailingCheck = setTimeout(() => {
        trailingCheck = null;
        markRole();
      }, wait);
    }
    return;
  }
  lastCheck = Date.now();
  try {
    const auth = await json(`${appRoot}/api/admin/auth/user/default`);
    if (!auth.userId || auth.userId === currentUser) {
      return;
    }
    currentUser = auth.userId;
    const groups = (await json(`${engineApi}/group?member=${encodeURIComponent(auth.userId)}`)).map((g) => g.id);
    const html = document.documentElement;
    html.classList.toggle('convention-admin', groups.includes('camunda-admin'));
    // Signatories may not read groups: no Union group in sight is a signatory's Tasklist.
    html.classList.toggle('convention-signatory', !groups.includes('camunda-admin') && !groups.some((g) => UNION_GROUPS.includes(g)));
  } catch (e) {
    currentUser = null; // not logged in yet
  }
}

const tenantNames = {};
function showTenantNames(root) {
  root.querySelectorAll('.task-card .tenant-id').forEach((element) => {
    const tenantId = element.textContent.trim();
    if (!tenantId || element.dataset.conventionTenant === tenantId) {
      return;
    }
    element.dataset.conventionTenant = tenantId;
    const name = tenantNames[tenantId] || json(`${engineApi}/tenant/${encodeURIComponent(tenantId)}`).then((t) => t.name);
    tenantNames[tenantId] = name;
    Promise.resolve(name).then((text) => {
      if (text && element.textContent.trim() === tenantId) {
        element.textContent = text;
        element.dataset.conventionTenant = text;
        element.setAttribute('title', tenantId);
      }
    }).catch(() => { element.style.display = 'none'; });
  });
}

// ---- start ----

window.conventionFrench = french;
window.conventionImpossibleDate = impossibleDate;

const formJs = formJsModule();
if (formJs) {
  patchForm(formJs.Form);
} else {
  console.warn('Convention: form-js not found, its messages stay in English');
}

let scheduled = false;
new MutationObserver(() => {
  if (scheduled) {
    return;
  }
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    translatePage(document);
    showTenantNames(document);
    markRole();
  });
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
markRole();

export default [];
