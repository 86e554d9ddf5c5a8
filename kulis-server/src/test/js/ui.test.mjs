// Browser test of the Kulis web UI: node ui.test.mjs <base-url> <screenshot.png>
// Opens the UI in headless Chromium (Debian's /usr/bin/chromium), searches, opens an article, checks a highlighted
// entity and a quote with its speaker, opens the speaker's entity page and the graph, and saves screenshots.
// Exits non-zero with a message on the first failed check; any page error or console error fails too.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, basename, extname } from 'node:path';

const [base, screenshot] = process.argv.slice(2);
if (!base || !screenshot) {
  console.error('usage: node ui.test.mjs <base-url> <screenshot.png>');
  process.exit(2);
}
const TIMEOUT = 15_000;
const sibling = (suffix) => join(dirname(screenshot), basename(screenshot, extname(screenshot)) + suffix + extname(screenshot));

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log('ok - ' + message);
}

const profile = mkdtempSync(join(tmpdir(), 'kulis-ui-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 860 },
    locale: 'tr-TR',
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.text())) problems.push('console error: ' + m.text());
  });

  // 1. Search
  await page.goto(base);
  await page.locator('#q').fill('Aksoy');
  await page.locator('#q').press('Enter');
  // the start page already lists the newest articles as hits: wait for the search's own results (marked snippets)
  await page.waitForURL(/#\/search\?q=Aksoy/);
  await page.waitForSelector('.hit .snippet mark', { timeout: 15000 }).catch(() => {});
  const hits = await page.locator('.hit').count();
  check(hits >= 2, `search for Aksoy lists articles (${hits})`);
  check(await page.locator('.hit .snippet mark').count() > 0, 'snippets mark the matched words');
  check(await page.locator('.facet[data-facet="person"] a', { hasText: 'Selin Aksoy' }).count() === 1,
    'the Kişiler facet lists Selin Aksoy');
  check(page.url().includes('#/search?q=Aksoy'), 'the search is in the address');
  await page.screenshot({ path: sibling('-search'), fullPage: false });

  // 2. Facet filter
  await page.locator('.facet[data-facet="person"] a', { hasText: 'Kemal Tunalı' }).click();
  await page.waitForSelector('.chip');
  await page.waitForFunction(() => document.querySelectorAll('.hit').length === 1, null, { timeout: 15000 })
    .catch(() => {});
  const filtered = await page.locator('.hit').count();
  check(filtered === 1, `the Kemal Tunalı facet narrows to one article (${filtered})`);

  // 3. The article
  await page.locator('.hit h2 a').first().click();
  await page.waitForSelector('.article-text');
  const entity = page.locator('.article-text a.ent.per', { hasText: 'Kemal Tunalı' }).first();
  check(await entity.isVisible(), 'the article highlights the person Kemal Tunalı');
  const colour = await entity.evaluate((el) => getComputedStyle(el).backgroundColor);
  check(colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent', `entities are coloured (${colour})`);
  const quote = page.locator('.article-text .quote', { hasText: 'Desteğiniz için teşekkür ederiz' });
  check(await quote.count() === 1, 'the quote “Desteğiniz için teşekkür ederiz” is marked');
  const speaker = await quote.locator('.speaker-tag').textContent();
  check(speaker === 'Selin Aksoy', `the quote names its speaker (${speaker})`);
  await page.locator('.annotations .panel', { hasText: 'Roller' }).locator('li').first().hover();
  check(await page.locator('.article-text .seg.lit').count() > 0, 'hovering a role lights its evidence in the text');
  await page.mouse.move(0, 0);

  // 4. The speaker's entity page
  await quote.locator('.speaker-tag').click();
  await page.waitForSelector('.entity-page h1');
  check(await page.locator('.entity-page h1').textContent() === 'Selin Aksoy', 'the speaker link opens her entity page');
  check(await page.locator('.entity-roles td', { hasText: 'Kuzeykent Belediye Başkanı' }).count() > 0,
    'the entity page lists her role');
  const statements = await page.locator('.entity-quotes li').count();
  check(statements >= 3, `the entity page lists her statements (${statements})`);
  check(await page.locator('.entity-comentions a', { hasText: 'Kemal Tunalı' }).count() === 1,
    'the entity page lists who she appears with');
  await page.screenshot({ path: sibling('-entity'), fullPage: false });

  // 5. The graph around her
  await page.locator('.entity-head a', { hasText: 'İlişki ağında göster' }).click();
  await page.waitForSelector('svg.graph .node');
  const nodes = await page.locator('svg.graph .node').count();
  check(nodes >= 3, `the graph draws her neighbours (${nodes} nodes)`);
  check(await page.locator('svg.graph .edge-meets').count() > 0, 'the graph shows who meets whom');
  await page.screenshot({ path: sibling('-graph'), fullPage: false });

  check(problems.length === 0, 'no page or console errors' + (problems.length ? ': ' + problems.join('; ') : ''));

  // 6. The reference article, for the README's screenshot
  await page.locator('#q').fill('Kocaoğlu');
  await page.locator('#q').press('Enter');
  await page.locator('.hit h2 a').first().click();
  await page.waitForSelector('.article-text .quote .speaker-tag');
  check(await page.locator('.article-text .speaker-tag', { hasText: 'Tunç Soyer' }).count() > 0,
    'the reference article shows Tunç Soyer as a speaker');
  await page.screenshot({ path: screenshot, fullPage: false });
  console.log('ok - screenshot saved to ' + screenshot);

  // 7. An unknown article (its 404 is expected, so this comes after the console check) shows a message, not a blank page
  await page.goto(base + '#/article/no-such-article');
  await page.waitForSelector('.error');
  check((await page.locator('.error').textContent()).includes('no-such-article'), 'a bad id shows the API message');

} catch (e) {
  console.error('not ok - ' + e.message);
  process.exitCode = 1;
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
