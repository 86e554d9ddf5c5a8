// Search with facets, quote search and the entity list.
import { api } from './api.js';
import { h, snippet, trDate, trNumber, pathId, TYPE_LABEL, TYPE_CLASS } from './dom.js';

export const FACETS = [
  ['person', 'Kişiler'], ['organization', 'Kurumlar'], ['place', 'Yerler'], ['speaker', 'Konuşanlar'],
  ['office', 'Görevler'], ['party', 'Partiler'], ['city', 'Şehirler'], ['agency', 'Ajanslar'],
  ['category', 'Kategoriler'], ['month', 'Aylar'],
];
const PAGE = 20;

function hashFor(view, params) {
  const qs = params.toString();
  return `#/${view}${qs ? '?' + qs : ''}`;
}

function toggled(params, key, value) {
  const next = new URLSearchParams(params);
  const values = next.getAll(key);
  next.delete(key);
  for (const v of values) if (v !== value) next.append(key, v);
  if (!values.includes(value)) next.append(key, value);
  next.delete('offset');
  return next;
}

function pager(view, params, total) {
  const offset = Number(params.get('offset') || 0);
  const link = (label, to, rel) => {
    const p = new URLSearchParams(params);
    if (to > 0) p.set('offset', to); else p.delete('offset');
    return h('a', { class: 'pager-link', href: hashFor(view, p), rel }, label);
  };
  if (total <= PAGE) return null;
  return h('nav', { class: 'pager', 'aria-label': 'Sayfalar' },
    offset > 0 ? link('← Önceki', Math.max(0, offset - PAGE), 'prev') : null,
    h('span', {}, `${trNumber(offset + 1)}–${trNumber(Math.min(total, offset + PAGE))} / ${trNumber(total)}`),
    offset + PAGE < total ? link('Sonraki →', offset + PAGE, 'next') : null);
}

/** From–to filter on the article date (2019, 2019-01 or 2019-01-15). */
function dateRange(params) {
  const pattern = '\\d{4}(-\\d{2}(-\\d{2})?)?';
  const form = h('form', { class: 'date-range' },
    h('h3', {}, 'Tarih'),
    h('label', {}, 'başlangıç', h('input', { name: 'from', value: params.get('from') || '', placeholder: '2019-01', pattern, size: 10 })),
    h('label', {}, 'bitiş', h('input', { name: 'to', value: params.get('to') || '', placeholder: '2019-12-31', pattern, size: 10 })),
    h('button', { type: 'submit' }, 'Uygula'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams(params);
    for (const key of ['from', 'to']) {
      const v = form[key].value.trim();
      if (v) next.set(key, v); else next.delete(key);
    }
    next.delete('offset');
    location.hash = hashFor('search', next);
  });
  return form;
}

export function articleMeta(a) {
  return [a.date ? trDate(a.date) : null, a.agency, a.city].filter(Boolean).join(' · ');
}

export async function searchView(target, { params }) {
  const request = { q: params.get('q') || '', limit: PAGE, offset: params.get('offset') || 0 };
  for (const [key] of FACETS) request[key] = params.getAll(key);
  for (const key of ['from', 'to']) request[key] = params.get(key);
  const browsing = !request.q && FACETS.every(([key]) => !request[key].length) && !request.from && !request.to;
  const [res, top] = await Promise.all([api.search(request),
    browsing ? api.entities('', 14).catch(() => null) : null]);

  const chips = [];
  for (const [key, label] of FACETS) {
    for (const v of params.getAll(key)) {
      chips.push(h('a', { class: 'chip', href: hashFor('search', toggled(params, key, v)), title: 'Süzgeci kaldır' },
        `${label}: ${v} ×`));
    }
  }
  const facets = h('aside', { class: 'facets', 'aria-label': 'Süzgeçler' });
  for (const [key, label] of FACETS) {
    const values = (res.facets && res.facets[key]) || [];
    if (!values.length) continue;
    const chosen = params.getAll(key);
    facets.append(h('section', { class: 'facet', dataset: { facet: key } },
      h('h3', {}, label),
      h('ul', {}, values.map((f) => h('li', {},
        h('a', { href: hashFor('search', toggled(params, key, f.value)),
          class: chosen.includes(f.value) ? 'on' : null },
        h('span', { class: 'facet-value' }, f.value), h('span', { class: 'count' }, trNumber(f.count))))))));
  }
  facets.append(dateRange(params));
  const q = params.get('q');
  const hits = h('ol', { class: 'hits' }, res.hits.map((hit) => h('li', { class: 'hit' },
    h('h2', {}, h('a', { href: `#/article/${pathId(hit.id)}${hit.cluster ? '?cluster=' + encodeURIComponent(hit.cluster) : ''}` },
      hit.headline || hit.id)),
    h('p', { class: 'meta' }, articleMeta(hit)),
    h('p', { class: 'snippet' }, snippet(hit.snippet)))));
  target.append(h('div', { class: 'with-aside' }, facets,
    h('section', { class: 'results' },
      h('p', { class: 'summary' }, res.total === 0 ? 'Hiç haber bulunamadı.'
        : `${trNumber(res.total)} haber${q ? ` “${q}” için` : ''}`),
      chips.length ? h('p', { class: 'chips' }, chips) : null,
      top && top.hits.length ? h('section', { class: 'top-entities' }, h('h3', {}, 'En çok anılanlar'),
        h('ul', { class: 'chip-list' }, top.hits.map((e) => h('li', {}, entityLink(e, trNumber(e.articles)))))) : null,
      hits,
      pager('search', params, res.total))));
}

export function quoteItem(qt, { withArticle = true } = {}) {
  return h('li', { class: 'quote-item quote-' + qt.kind },
    h('blockquote', {}, qt.kind === 'indirect' ? qt.text : `“${qt.text}”`),
    h('p', { class: 'meta' },
      qt.speaker
        ? h('a', { class: 'speaker-link', href: `#/entity/${pathId(qt.speaker.entity)}?name=${encodeURIComponent(qt.speaker.name)}` }, qt.speaker.name)
        : h('span', { class: 'muted' }, 'konuşan belirsiz'),
      ` · ${KIND_LABEL[qt.kind] || qt.kind}`,
      withArticle ? [' · ', h('a', { href: `#/article/${pathId(qt.article)}?start=${qt.start}&end=${qt.end}` },
        [qt.date ? trDate(qt.date) : null, qt.headline].filter(Boolean).join(' — ') || qt.article)] : null));
}

export const KIND_LABEL = { direct: 'doğrudan', indirect: 'dolaylı', mixed: 'karma', headline: 'başlıkta' };

export async function quotesView(target, { params }) {
  const speaker = params.get('speaker') || '';
  const q = params.get('q') || '';
  const res = await api.quotes({ speaker, q, limit: PAGE, offset: params.get('offset') || 0 });
  const form = h('form', { class: 'inline-form', role: 'search' },
    h('label', {}, 'Konuşan ', h('input', { name: 'speaker', type: 'search', value: speaker, placeholder: 'ör. Aksoy' })),
    h('label', {}, 'Sözler ', h('input', { name: 'q', type: 'search', value: q, placeholder: 'ör. park' })),
    h('button', { type: 'submit' }, 'Alıntı ara'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (form.speaker.value.trim()) p.set('speaker', form.speaker.value.trim());
    if (form.q.value.trim()) p.set('q', form.q.value.trim());
    location.hash = hashFor('quotes', p);
  });
  target.append(h('h1', {}, 'Alıntılar'), form,
    h('p', { class: 'summary' }, res.total === 0 ? 'Alıntı bulunamadı.' : `${trNumber(res.total)} alıntı`),
    h('ol', { class: 'quotes' }, res.hits.map((qt) => quoteItem(qt))),
    pager('quotes', params, res.total));
}

export function entityLink(e, extra) {
  return h('a', { class: `ent-chip ${TYPE_CLASS[e.type] || ''}`, href: `#/entity/${pathId(e.id)}?name=${encodeURIComponent(e.name)}` },
    e.name, extra ? h('span', { class: 'count' }, extra) : null);
}

export async function entitiesView(target, { params }) {
  const q = params.get('q') || '';
  const res = await api.entities(q, 60);
  const form = h('form', { class: 'inline-form', role: 'search' },
    h('label', {}, 'Ad ', h('input', { name: 'q', type: 'search', value: q, placeholder: 'ör. Balcı' })),
    h('button', { type: 'submit' }, 'Bul'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = hashFor('entities', new URLSearchParams(form.q.value.trim() ? { q: form.q.value.trim() } : {}));
  });
  const groups = h('div', { class: 'entity-groups' });
  for (const [type, title] of [['PERSON', 'Kişiler'], ['ORGANIZATION', 'Kurumlar'], ['LOCATION', 'Yerler']]) {
    const items = res.hits.filter((e) => e.type === type);
    if (items.length) {
      groups.append(h('section', {}, h('h2', {}, title),
        h('ul', { class: 'chip-list' }, items.map((e) => h('li', {}, entityLink(e, trNumber(e.articles)))))));
    }
  }
  target.append(h('h1', {}, 'Kişiler, kurumlar ve yerler'), form,
    res.hits.length ? groups : h('p', { class: 'summary' }, 'Kimse bulunamadı.'));
}

export { TYPE_LABEL };
