// Unit tests of the UI's pure functions (node --test units.test.mjs); no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layout } from '../../main/resources/dev/kulis/server/web/graph.js';
import { trDate, pathId } from '../../main/resources/dev/kulis/server/web/dom.js';

const nodes = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
const edges = [
  { source: 'a', target: 'b', kind: 'meets', weight: 3 },
  { source: 'b', target: 'c', kind: 'quotes', weight: 1 },
  { source: 'a', target: 'c', kind: 'mentions', weight: 2 },
  { source: 'd', target: 'e', kind: 'meets', weight: 1 },
];

test('the layout is the same every time and stays inside the box', () => {
  const one = layout(nodes, edges, 960, 560);
  assert.deepEqual(layout(nodes, edges, 960, 560), one);
  for (const { x, y } of Object.values(one)) {
    assert.ok(x >= 0 && x <= 960 && y >= 0 && y <= 560, `${x},${y} inside`);
  }
});

test('linked nodes sit closer than unlinked ones', () => {
  const at = layout(nodes, edges, 960, 560);
  const dist = (p, q) => Math.hypot(at[p].x - at[q].x, at[p].y - at[q].y);
  assert.ok(dist('a', 'b') < dist('a', 'f'), 'a–b closer than a–f');
  assert.ok(dist('d', 'e') < dist('d', 'a'), 'd–e closer than d–a');
});

test('a single node and an empty graph lay out', () => {
  assert.deepEqual(Object.keys(layout([{ id: 'x' }], [], 960, 560)), ['x']);
  assert.deepEqual(layout([], [], 960, 560), {});
});

test('dates read in Turkish at their precision', () => {
  assert.equal(trDate('2019-01'), 'Ocak 2019');
  assert.equal(trDate('2019-03-31'), '31 Mart 2019');
  assert.equal(trDate('2019'), '2019');
  assert.equal(trDate('P15Y'), 'P15Y');
  assert.equal(trDate(null), '');
});

test('ids keep their slashes in paths, everything else is encoded', () => {
  assert.equal(pathId('ekonomi/12'), 'ekonomi/12');
  assert.equal(pathId('per:ş ?#'), 'per%3A%C5%9F%20%3F%23');
});
