// One entity across the archive: names, roles over time, statements, who it appears with, its articles.
import { api, ApiError } from './api.js';
import { h, trDate, trNumber, pathId, TYPE_LABEL, TYPE_CLASS } from './dom.js';
import { quoteItem, entityLink } from './search.js';

const STATUS_LABEL = { candidate: 'aday', incumbent: 'görevde', former: 'eski', elected: 'seçilmiş', acting: 'vekil' };

/** The archive entity named {@code name} (of {@code type} when given): the exact name first, else the best match. */
async function byName(name, type) {
  const found = (await api.entities(name, 20)).hits.filter((x) => !type || x.type === type);
  const same = found.find((x) => x.name === name) || found[0];
  if (!same) throw new Error(`“${name}” arşivde bulunamadı.`);
  return api.entity(same.id);
}

/** By id; an id the archive does not know (an article's own) falls back to the name. */
async function load(id, name, type) {
  if (!id) {
    if (!name) throw new Error('Hangi kişi ya da kurum? Ad verilmedi.');
    return byName(name, type);
  }
  try {
    return await api.entity(id);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404 || !name) throw e;
    return byName(name, type);
  }
}

export async function entityView(target, { id, params }) {
  const page = await load(id, params.get('name'), params.get('type'));
  const e = page.entity;
  const roles = page.roles.length ? h('table', { class: 'roles' },
    h('thead', {}, h('tr', {}, ['Tarih', 'Görev', 'Durum', 'Parti', 'Kaynak'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, page.roles.map((r) => h('tr', {},
      h('td', { class: 'date' }, trDate(r.date)),
      h('td', {}, r.office || r.text),
      h('td', {}, STATUS_LABEL[r.status] || r.status || ''),
      h('td', {}, r.party || ''),
      h('td', {}, h('a', { href: `#/article/${pathId(r.article)}`, title: r.text }, 'haber')))))) : h('p', { class: 'muted' }, 'Kayıtlı görev yok.');

  target.append(h('div', { class: 'entity-page' },
    h('header', { class: 'entity-head' },
      h('p', { class: `type ${TYPE_CLASS[e.type] || ''}` }, TYPE_LABEL[e.type] || e.type),
      h('h1', {}, e.name),
      e.aliases.length ? h('p', { class: 'aliases' }, 'Diğer adları: ', e.aliases.join(', ')) : null,
      h('p', { class: 'meta' }, `${trNumber(e.articles)} haberde geçiyor · `,
        h('a', { href: `#/graph?entity=${encodeURIComponent(e.id)}` }, 'İlişki ağında göster'), ' · ',
        h('a', { href: `#/quotes?speaker=${encodeURIComponent(e.name)}` }, 'Tüm alıntıları'))),
    h('div', { class: 'entity-grid' }, h('div', { class: 'entity-main' },
      h('section', { class: 'entity-roles' }, h('h2', {}, 'Görevleri'), roles),
      h('section', { class: 'entity-quotes' }, h('h2', {}, `Açıklamaları (${trNumber(page.quotes.length)})`),
        page.quotes.length ? h('ol', { class: 'quotes' }, page.quotes.map((q) => quoteItem(q)))
          : h('p', { class: 'muted' }, 'Alıntı yok.'))),
      h('div', { class: 'entity-side' }, h('section', { class: 'entity-comentions' }, h('h2', {}, 'Birlikte anıldıkları'),
        h('ul', { class: 'chip-list' }, page.comentions.map((c) => h('li', {}, entityLink(c.entity, trNumber(c.articles)))))),
      h('section', { class: 'entity-articles' }, h('h2', {}, 'Haberler'),
        h('ul', { class: 'article-list' }, page.articles.map((a) => h('li', {},
          h('a', { href: `#/article/${pathId(a.id)}` }, a.headline || a.id),
          h('span', { class: 'muted' }, ` · ${[trDate(a.date), a.agency].filter(Boolean).join(' · ')}`)))))))));
}
