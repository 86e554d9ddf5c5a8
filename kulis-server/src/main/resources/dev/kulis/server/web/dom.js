// DOM building without innerHTML: every piece of data becomes a text node, so nothing from an article runs.

/** h('a', {href: '#/x', class: 'c'}, 'text', child, [more]) → element. */
export function h(tag, attrs = {}, ...children) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * A search snippet is escaped text with <mark>…</mark> around matched words. Rebuild it as nodes instead of
 * trusting it as HTML: split on the two tags, unescape the rest, and anything else stays literal text.
 */
export function snippet(escaped) {
  const out = document.createDocumentFragment();
  let inMark = false;
  for (const part of String(escaped || '').split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { inMark = true; continue; }
    if (part === '</mark>') { inMark = false; continue; }
    const text = part.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m]);
    out.append(inMark ? h('mark', {}, text) : document.createTextNode(text));
  }
  return out;
}

const MONTHS = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim',
  'Kasım', 'Aralık'];

/** 2019 · 2019-01 → Ocak 2019 · 2019-01-05 → 5 Ocak 2019; anything else as given. */
export function trDate(iso) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso || '');
  if (!m) return iso || '';
  if (!m[2]) return m[1];
  const month = MONTHS[Number(m[2]) - 1] || m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** Numbers the Turkish way (1.234). */
export function trNumber(n) {
  return Number(n).toLocaleString('tr-TR');
}

/** An article id in a URL path: each segment encoded, slashes kept (ids read from folders contain them). */
export function pathId(id) {
  return String(id).split('/').map(encodeURIComponent).join('/');
}

export const TYPE_LABEL = { PERSON: 'Kişi', ORGANIZATION: 'Kurum', LOCATION: 'Yer' };
export const TYPE_CLASS = { PERSON: 'per', ORGANIZATION: 'org', LOCATION: 'loc' };
