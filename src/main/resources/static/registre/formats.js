// Dates and amounts written the way a Belgian clerk reads them: 01/03/2027, « 1er mars 2027 », 2 460,00 €.
// Amounts arrive as decimal strings or numbers from the server and are formatted digit by digit (no float arithmetic).
(function (global) {
  const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
    'novembre', 'décembre'];
  const NBSP = '\u00a0';

  function parts(iso) {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return match ? { year: match[1], month: match[2], day: match[3] } : null;
  }

  function date(iso) {
    const p = parts(iso);
    return p ? p.day + '/' + p.month + '/' + p.year : '';
  }

  function longDate(iso) {
    const p = parts(iso);
    if (!p) {
      return '';
    }
    const day = Number(p.day);
    return (day === 1 ? '1er' : String(day)) + ' ' + MONTHS[Number(p.month) - 1] + ' ' + p.year;
  }

  function dateTime(instant) {
    if (!instant) {
      return '';
    }
    const d = new Date(instant);
    const two = (n) => String(n).padStart(2, '0');
    const local = new Intl.DateTimeFormat('fr-BE', {
      timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      hourCycle: 'h23'
    }).formatToParts(d).reduce((all, part) => { all[part.type] = part.value; return all; }, {});
    return two(local.day) + '/' + two(local.month) + '/' + local.year + ' ' + local.hour + ':' + local.minute;
  }

  function amount(value) {
    if (value === null || value === undefined || value === '') {
      return '';
    }
    let text = String(value);
    const negative = text.startsWith('-');
    if (negative) {
      text = text.substring(1);
    }
    let [units, cents = ''] = text.split('.');
    cents = (cents + '00').substring(0, 2);
    units = units.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
    return (negative ? '−' : '') + units + ',' + cents + NBSP + '€';
  }

  function bytes(count) {
    if (count === null || count === undefined) {
      return '';
    }
    const gib = count / (1024 * 1024 * 1024);
    if (gib >= 1) {
      return gib.toFixed(1).replace('.', ',') + NBSP + 'Go';
    }
    return (count / (1024 * 1024)).toFixed(1).replace('.', ',') + NBSP + 'Mo';
  }

  /** « 30/11/2026 » → "2026-11-30"; null when empty; throws a French message when impossible. */
  function parseDate(text, label) {
    const value = (text || '').trim();
    if (!value) {
      return null;
    }
    const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
    const iso = match ? match[3] + '-' + match[2].padStart(2, '0') + '-' + match[1].padStart(2, '0') : null;
    const check = iso ? new Date(iso + 'T12:00:00Z') : null;
    if (!check || isNaN(check) || check.toISOString().substring(0, 10) !== iso) {
      throw new Error('« ' + label + ' » : « ' + value + ' » n\'est pas une date valide (jj/mm/aaaa).');
    }
    return iso;
  }

  global.Formats = { date, longDate, dateTime, amount, bytes, parseDate };
}(window));
