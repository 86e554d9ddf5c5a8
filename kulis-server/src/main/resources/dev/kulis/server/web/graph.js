// Who quotes, meets and mentions whom: an SVG drawn with a small force layout (Fruchterman–Reingold).
import { api } from './api.js';
import { h, trNumber, pathId, TYPE_LABEL, TYPE_CLASS } from './dom.js';

const W = 960;
const H = 560;
const KIND_LABEL = { quotes: 'söz yöneltir', meets: 'görüşür', mentions: 'birlikte anılır' };

/**
 * Places nodes so that linked ones sit close and the rest spread out. Starts from a circle in input order, so the
 * same graph always gets the same picture; returns {id: {x, y}}.
 */
export function layout(nodes, edges, width = W, height = H, iterations = 300) {
  const n = nodes.length;
  const pos = nodes.map((node, i) => ({
    id: node.id,
    x: width / 2 + (Math.min(width, height) / 3) * Math.cos((2 * Math.PI * i) / Math.max(1, n)),
    y: height / 2 + (Math.min(width, height) / 3) * Math.sin((2 * Math.PI * i) / Math.max(1, n)),
  }));
  const index = new Map(pos.map((p, i) => [p.id, i]));
  const links = edges.filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target)
    .map((e) => ({ a: index.get(e.source), b: index.get(e.target), w: 1 + Math.log2(1 + e.weight) * (e.kind === 'mentions' ? 0.5 : 1) }));
  const k = 0.75 * Math.sqrt((width * height) / Math.max(1, n));
  const margin = 40;
  for (let it = 0; it < iterations; it++) {
    const t = (width / 12) * (1 - it / iterations) + 0.5;
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = pos[i].x - pos[j].x;
        let y = pos[i].y - pos[j].y;
        let d = Math.hypot(x, y);
        if (d < 0.01) { x = 0.01 * (i - j); y = 0.01; d = Math.hypot(x, y); }
        const f = (k * k) / d;
        dx[i] += (x / d) * f; dy[i] += (y / d) * f;
        dx[j] -= (x / d) * f; dy[j] -= (y / d) * f;
      }
    }
    for (const l of links) {
      const x = pos[l.a].x - pos[l.b].x;
      const y = pos[l.a].y - pos[l.b].y;
      const d = Math.max(0.01, Math.hypot(x, y));
      const f = ((d * d) / k) * l.w * 0.5;
      dx[l.a] -= (x / d) * f; dy[l.a] -= (y / d) * f;
      dx[l.b] += (x / d) * f; dy[l.b] += (y / d) * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] += (width / 2 - pos[i].x) * 0.02 * k / 10;
      dy[i] += (height / 2 - pos[i].y) * 0.02 * k / 10;
      const d = Math.max(0.01, Math.hypot(dx[i], dy[i]));
      const step = Math.min(d, t);
      pos[i].x = Math.min(width - margin, Math.max(margin, pos[i].x + (dx[i] / d) * step));
      pos[i].y = Math.min(height - margin, Math.max(margin, pos[i].y + (dy[i] / d) * step));
    }
  }
  return Object.fromEntries(pos.map((p) => [p.id, { x: p.x, y: p.y }]));
}

function svg(tag, attrs, ...children) {
  return h('svg:' + tag, attrs, ...children);
}

function draw(graph, centre) {
  const at = layout(graph.nodes, graph.edges);
  const byId = new Map(graph.nodes.map((nd) => [nd.id, nd]));
  const root = svg('svg', { class: 'graph', viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': 'Kişiler ve kurumlar arasındaki ilişkiler' });
  root.append(svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5,
    markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow' }))));
  const edges = svg('g', { class: 'edges' });
  const radius = (nd) => 7 + 3 * Math.sqrt(nd.articles);
  for (const e of graph.edges) {
    const a = at[e.source];
    const b = at[e.target];
    if (!a || !b) continue;
    // Stop arrows at the target's rim so the head shows.
    const d = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
    const r = radius(byId.get(e.target)) + 2;
    const line = svg('line', { x1: a.x, y1: a.y, x2: b.x - ((b.x - a.x) / d) * r, y2: b.y - ((b.y - a.y) / d) * r,
      class: `edge edge-${e.kind}`, 'stroke-width': (1 + Math.log2(e.weight)).toFixed(2),
      'marker-end': e.kind === 'quotes' ? 'url(#arrow)' : null },
    svg('title', {}, `${byId.get(e.source).name} ${KIND_LABEL[e.kind] || e.kind} ${byId.get(e.target).name} (${trNumber(e.weight)} haber)`));
    edges.append(line);
  }
  const nodes = svg('g', { class: 'nodes' });
  for (const nd of graph.nodes) {
    const p = at[nd.id];
    nodes.append(svg('a', { href: `#/entity/${pathId(nd.id)}?name=${encodeURIComponent(nd.name)}`, class: 'node-link' },
      svg('g', { class: `node ${TYPE_CLASS[nd.type] || ''}${nd.id === centre ? ' centre' : ''}`, transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})` },
        svg('circle', { r: radius(nd).toFixed(1) }),
        svg('text', { y: (radius(nd) + 14).toFixed(1), 'text-anchor': 'middle' }, nd.name),
        svg('title', {}, `${nd.name} · ${TYPE_LABEL[nd.type] || nd.type} · ${trNumber(nd.articles)} haber`))));
  }
  root.append(edges, nodes);
  return root;
}

export async function graphView(target, { params }) {
  const entity = params.get('entity') || '';
  const limit = Number(params.get('limit') || 40);
  const graph = await api.graph(entity, limit);
  const form = h('form', { class: 'inline-form', role: 'search' },
    h('label', {}, 'Merkez ', h('input', { name: 'who', type: 'search', placeholder: 'bir ad yazın (boş: tüm arşiv)' })),
    h('label', {}, 'En çok ', h('select', { name: 'limit' }, [20, 40, 80, 150].map((n) =>
      h('option', { value: n, selected: n === limit }, `${n} düğüm`)))),
    h('button', { type: 'submit' }, 'Göster'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const who = form.who.value.trim();
    const p = new URLSearchParams({ limit: form.limit.value });
    if (who) {
      const found = await api.entities(who, 1);
      if (found.hits.length) p.set('entity', found.hits[0].id);
    }
    location.hash = `#/graph?${p}`;
  });
  const toggle = h('input', { type: 'checkbox', checked: true, name: 'mentions' });
  const picture = graph.nodes.length ? draw(graph, entity) : h('p', { class: 'muted' }, 'Gösterilecek ilişki yok.');
  toggle.addEventListener('change', () => picture.classList && picture.classList.toggle('hide-mentions', !toggle.checked));
  const centreName = entity && graph.nodes.find((nd) => nd.id === entity);
  target.append(
    h('h1', {}, centreName ? `${centreName.name} çevresinde kim kimle` : 'Kim kimi anıyor, kimle görüşüyor'),
    form,
    h('p', { class: 'legend graph-legend' },
      h('span', { class: 'key edge-quotes' }, 'söz yöneltir (alıntıda hitap)'),
      h('span', { class: 'key edge-meets' }, 'görüşür, ziyaret eder'),
      h('label', { class: 'key edge-mentions' }, toggle, ' aynı haberde anılır'),
      h('span', { class: 'ent per' }, 'Kişi'), h('span', { class: 'ent org' }, 'Kurum'), h('span', { class: 'ent loc' }, 'Yer')),
    h('div', { class: 'graph-box' }, picture));
}
