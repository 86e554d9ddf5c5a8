// One article with its annotations: entities coloured by type, quotes boxed with their speaker, times marked;
// roles, relations, events and times listed beside, their evidence lit in the text on hover.
import { api } from './api.js';
import { h, trDate, pathId, TYPE_LABEL, TYPE_CLASS } from './dom.js';
import { KIND_LABEL } from './search.js';

const NAMED = new Set(['PERSON', 'ORGANIZATION', 'LOCATION']);
const STATUS_LABEL = { candidate: 'aday', incumbent: 'görevde', former: 'eski', elected: 'seçilmiş', acting: 'vekil' };
const RELATION_LABEL = { spouse: 'eşi', family: 'akrabası', member_of: 'üyesi', holds_office: 'görevi',
  works_for: 'çalıştığı yer', reporter_of: 'muhabiri' };
const EVENT_LABEL = { visit: 'ziyaret', meeting: 'görüşme', invitation: 'davet', planned_invitation: 'planlanan davet',
  support_pledge: 'destek sözü', criticism: 'eleştiri', congratulation: 'kutlama', election: 'seçim' };
const MODALITY_LABEL = { past: 'geçmiş', future: 'gelecek', planned: 'planlanan', negated: 'olumsuz', possible: 'olası' };

// An article names its entities by ids of its own; the archive adds each one's registry id (archive_id). Link by
// that, else by name (and type), which the entity page resolves against the archive.
let typeOf = new Map();
let archiveIdOf = new Map();
const entityHref = (ref) => {
  if (!ref || !ref.name) return null;
  const p = new URLSearchParams({ name: ref.name });
  const archiveId = archiveIdOf.get(ref.entity);
  if (archiveId) return `#/entity/${pathId(archiveId)}?${p}`;
  const type = typeOf.get(ref.entity);
  if (type) p.set('type', type);
  return `#/entity?${p}`;
};

/** Keeps spans that do not overlap one already kept (earlier first, longer first at the same start). */
function disjoint(spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept = [];
  let end = -1;
  for (const s of sorted) {
    if (s.start >= end && s.end > s.start) { kept.push(s); end = s.end; }
  }
  return kept;
}

/** The text as leaf segments cut at every annotation boundary, grouped under quote and mention elements. */
function renderText(a) {
  const text = a.text;
  const quotes = disjoint(a.quotes.map((q, i) => ({ ...q, index: i })));
  const inline = disjoint([
    ...a.entities.filter((e) => NAMED.has(e.type)).flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e }))),
    ...a.times.map((t) => ({ start: t.start, end: t.end, time: t })),
    ...a.quotes.filter((q) => q.cue_end > q.cue_start).map((q) => ({ start: q.cue_start, end: q.cue_end, cue: q })),
  ]);
  const cuts = new Set([0, text.length]);
  for (const list of [a.quotes, a.roles, a.relations, a.events, a.times, inline]) {
    for (const s of list) { cuts.add(s.start); cuts.add(s.end); }
  }
  const sortedCuts = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((x, y) => x - y);

  const leaves = (parent, s, e) => {
    for (let i = 0; i < sortedCuts.length - 1; i++) {
      const from = Math.max(s, sortedCuts[i]);
      const to = Math.min(e, sortedCuts[i + 1]);
      if (to > from) parent.append(h('span', { class: 'seg', dataset: { s: from, e: to } }, text.slice(from, to)));
    }
  };
  const withInline = (parent, s, e) => {
    let pos = s;
    for (const sp of inline) {
      if (sp.end <= s || sp.start >= e) continue;
      const from = Math.max(s, sp.start);
      const to = Math.min(e, sp.end);
      if (from > pos) leaves(parent, pos, from);
      let el;
      if (sp.entity) {
        el = h('a', { class: `ent ${TYPE_CLASS[sp.entity.type]}`, href: entityHref({ entity: sp.entity.id, name: sp.entity.name }),
          title: `${TYPE_LABEL[sp.entity.type]}: ${sp.entity.name}`, dataset: { entity: sp.entity.id } });
      } else if (sp.time) {
        el = h('span', { class: 'time', title: `Zaman: ${sp.time.value || sp.time.text}` });
      } else {
        el = h('span', { class: 'cue', title: 'Aktarma fiili' });
      }
      leaves(el, from, to);
      parent.append(el);
      pos = to;
    }
    if (e > pos) leaves(parent, pos, e);
  };

  const root = h('div', { class: 'article-text', lang: 'tr' });
  let pos = 0;
  for (const q of quotes) {
    if (q.start > pos) withInline(root, pos, q.start);
    const box = h('span', { class: `quote quote-${q.kind}`, dataset: { quote: q.index },
      title: `${KIND_LABEL[q.kind] || q.kind} alıntı${q.speaker ? ' — ' + q.speaker.name : ''}` });
    box.append(q.speaker
      ? h('a', { class: 'speaker-tag', href: entityHref(q.speaker) }, q.speaker.name)
      : h('span', { class: 'speaker-tag unknown' }, '?'));
    withInline(box, q.start, q.end);
    root.append(box);
    pos = q.end;
  }
  if (text.length > pos) withInline(root, pos, text.length);
  return root;
}

function light(root, start, end, on) {
  let first = null;
  for (const seg of root.querySelectorAll('.seg')) {
    const hit = Number(seg.dataset.s) < end && Number(seg.dataset.e) > start;
    seg.classList.toggle('lit', on && hit);
    if (on && hit && !first) first = seg;
  }
  return first;
}

function evidenceItem(root, span, ...content) {
  const li = h('li', { tabindex: 0, class: 'evidence' }, content);
  const on = () => light(root, span.start, span.end, true);
  const off = () => light(root, span.start, span.end, false);
  li.addEventListener('mouseenter', on);
  li.addEventListener('focus', on);
  li.addEventListener('mouseleave', off);
  li.addEventListener('blur', off);
  return li;
}

const ref = (r) => (r ? (r.entity ? h('a', { href: entityHref(r) }, r.name) : r.name) : null);

function panel(title, items) {
  return items.length ? h('section', { class: 'panel' }, h('h2', {}, title), h('ul', {}, items)) : null;
}

/** A title for an article without a headline: the lead's first sentence, clipped at a word. */
function firstSentence(text) {
  const s = String(text || '').trim().split(/(?<=[.!?])\s/)[0];
  return s.length <= 110 ? s : s.slice(0, s.lastIndexOf(' ', 110)) + '…';
}

export async function articleView(target, { id, params }) {
  const a = await api.article(id);
  typeOf = new Map(a.entities.map((e) => [e.id, e.type]));
  archiveIdOf = new Map(a.entities.filter((e) => e.archive_id).map((e) => [e.id, e.archive_id]));
  const m = a.metadata || {};
  const root = renderText(a);
  const byType = (type) => a.entities.filter((e) => e.type === type);
  const entityList = (type) => byType(type).map((e) => h('li', {},
    h('a', { class: `ent-chip ${TYPE_CLASS[type]}`, href: entityHref({ entity: e.id, name: e.name }) }, e.name),
    h('span', { class: 'count', title: 'anılma sayısı' }, e.mentions.length)));

  const side = h('aside', { class: 'annotations', 'aria-label': 'Ek bilgiler' },
    h('div', { class: 'legend', 'aria-label': 'Renkler' },
      h('span', { class: 'ent per' }, 'Kişi'), h('span', { class: 'ent org' }, 'Kurum'),
      h('span', { class: 'ent loc' }, 'Yer'), h('span', { class: 'time' }, 'Zaman'),
      h('span', { class: 'quote quote-direct' }, 'Alıntı')),
    panel('Alıntılar', a.quotes.map((q) => evidenceItem(root, q,
      h('span', { class: 'who' }, q.speaker ? ref(q.speaker) : 'konuşan belirsiz'),
      q.addressee ? [' → ', ref(q.addressee)] : null,
      h('span', { class: 'muted' }, ` · ${KIND_LABEL[q.kind] || q.kind}${q.cue ? ' · ' + q.cue : ''}`),
      h('q', {}, q.text)))),
    panel('Roller', a.roles.map((r) => evidenceItem(root, r,
      h('span', { class: 'who' }, ref(r.person) || '—'), ': ', r.office || '',
      r.status ? h('span', { class: 'muted' }, ` (${STATUS_LABEL[r.status] || r.status})`) : null,
      r.party ? [' · ', ref(r.party)] : null))),
    panel('İlişkiler', a.relations.map((r) => evidenceItem(root, r,
      ref(r.a), ` — ${RELATION_LABEL[r.type] || r.type} — `, ref(r.b)))),
    panel('Olaylar', a.events.map((ev) => evidenceItem(root, ev,
      h('strong', {}, EVENT_LABEL[ev.type] || ev.type), ': ',
      ev.participants.map((p, i) => [i ? ', ' : '', ref(p)]),
      ev.place ? ` · ${ev.place}` : null, ev.time ? ` · ${trDate(ev.time)}` : null,
      ev.modality ? h('span', { class: 'muted' }, ` (${MODALITY_LABEL[ev.modality] || ev.modality})`) : null))),
    panel('Zaman ifadeleri', a.times.map((t) => evidenceItem(root, t,
      h('span', { class: 'time' }, t.text), ' → ', t.value || '?'))),
    panel('Kişiler', entityList('PERSON')),
    panel('Kurumlar', entityList('ORGANIZATION')),
    panel('Yerler', entityList('LOCATION')));

  const copies = h('div', { class: 'copies' });
  target.append(h('div', { class: 'with-aside article-layout' },
    h('article', { class: 'article' },
      h('p', { class: 'meta' }, [m.date ? trDate(m.date) : null, m.agency, m.city, m.byline ? `Muhabir: ${m.byline}` : null]
        .filter(Boolean).join(' · ')),
      m.headline ? h('h1', {}, m.headline) : h('h1', { class: 'derived' }, firstSentence(m.lead || a.text) || a.id),
      root, copies),
    side));

  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  if (params.has('start') && end > start) {
    requestAnimationFrame(() => {
      const first = light(root, start, end, true);
      if (first) first.scrollIntoView({ block: 'center' });
    });
  }
  // Only search hits know an article's story cluster; they pass it along.
  const cluster = params.get('cluster');
  if (cluster) api.cluster(cluster).then((c) => {
    const others = c.articles.filter((x) => x.id !== a.id);
    if (others.length) {
      copies.append(h('h2', {}, 'Bu haberin diğer kopyaları'), h('ul', {}, others.map((x) => h('li', {},
        h('a', { href: `#/article/${pathId(x.id)}` }, x.headline || x.id),
        h('span', { class: 'muted' }, ` · ${[trDate(x.date), x.agency].filter(Boolean).join(' · ')}`)))));
    }
  }).catch(() => {});
}
