// Who quotes, meets and mentions whom: an SVG drawn with a small force layout (Fruchterman–Reingold).
import { api } from './api.js';
import { h, trNumber, pathId, TYPE_LABEL, TYPE_CLASS } from './dom.js';

const W = 960;
const H = 560;
const KIND_LABEL = { quotes: 'söz yöneltir', meets: 'görüşür', mentions: 'birlikte anılır' };

/**
 * Places nodes so that linked ones sit close and the rest spread out (Fruchterman–Reingold with a pull to the
 * centre, so separate groups stay near each other), then scales the picture to fit the box. Starts from a
 * circle in input order, so the same graph always gets the same picture; returns {id: {x, y}}.
 */
export function layout(nodes, edges, width = W, height = H, iterations = 300) {
  const n = nodes.length;
  const pos = nodes.map((node, i) => ({
    id: node.id,
    x: Math.sqrt(n) * Math.cos((2 * Math.PI * i) / Math.max(1, n)),
    y: Math.sqrt(n) * Math.sin((2 * Math.PI * i) / Math.max(1, n)),
  }));
  const index = new Map(pos.map((p, i) => [p.id, i]));
  const links = edges.filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target)
    .map((e) => ({ a: index.get(e.source), b: index.get(e.target),
      w: (e.kind === 'mentions' ? 0.2 : 1) * (1 + Math.log2(1 + e.weight)) }));
  const gravity = 0.25;
  for (let it = 0; it < iterations; it++) {
    const t = 0.15 * Math.sqrt(n) * (1 - it / iterations) + 0.005;
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = pos[i].x - pos[j].x;
        let y = pos[i].y - pos[j].y;
        let d = Math.hypot(x, y);
        if (d < 1e-3) { x = 1e-3 * (i - j); y = 1e-3; d = Math.hypot(x, y); }
        const f = 1 / d;
        dx[i] += (x / d) * f; dy[i] += (y / d) * f;
        dx[j] -= (x / d) * f; dy[j] -= (y / d) * f;
      }
    }
    for (const l of links) {
      const x = pos[l.a].x - pos[l.b].x;
      const y = pos[l.a].y - pos[l.b].y;
      const d = Math.max(1e-3, Math.hypot(x, y));
      const f = d * d * l.w * 0.1;
      dx[l.a] -= (x / d) * f; dy[l.a] -= (y / d) * f;
      dx[l.b] += (x / d) * f; dy[l.b] += (y / d) * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] -= pos[i].x * gravity;
      dy[i] -= pos[i].y * gravity;
      const d = Math.max(1e-9, Math.hypot(dx[i], dy[i]));
      const step = Math.min(d, t);
      pos[i].x += (dx[i] / d) * step;
      pos[i].y += (dy[i] / d) * step;
    }
  }
  // Fit to the box; the wide box may stretch x a little more than y, which spreads crowded labels.
  const mx = 80;
  const my = 40;
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sy = Math.min((height - 2 * my) / Math.max(1e-6, y1 - y0), 120);
  const sx = Math.min((width - 2 * mx) / Math.max(1e-6, x1 - x0), 1.8 * sy);
  const scale = Math.min(sx, sy);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return Object.fromEntries(pos.map((p) => [p.id, { x: width / 2 + (p.x - cx) * sx, y: height / 2 + (p.y - cy) * scale }]));
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
    // Quotes bend to one side, so a quote and a meeting between the same two stay apart.
    const ex = b.x - ((b.x - a.x) / d) * r;
    const ey = b.y - ((b.y - a.y) / d) * r;
    const bend = e.kind === 'quotes' ? 0.18 : 0;
    const mx = (a.x + ex) / 2 - (ey - a.y) * bend;
    const my = (a.y + ey) / 2 + (ex - a.x) * bend;
    const line = svg('path', { d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      class: `edge edge-${e.kind}`, fill: 'none', 'stroke-width': (1 + Math.log2(e.weight)).toFixed(2),
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
