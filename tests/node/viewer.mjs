// SPDX-License-Identifier: LGPL-2.1-or-later
// node viewer.mjs PAGE.html OUTDIR [CHROMIUM]: opens the page `diplograph
// html` wrote from file:// in headless Chromium (Debian's, driven by
// playwright-core: no browser download; a new empty profile), uses it as a reader would, and
// prints what it saw as JSON; screenshots go to OUTDIR.
//   searches "To Lam", checks Enter brought him into view and clicks his
//   node there, reads the panel's quotes; clicks a partnership edge; moves
//   the time slider to 2015 and counts what is hidden; unticks a class;
//   None and All; records every request and console error.  Where things
//   are drawn comes from the page's window.dgViewer (sigma draws on a
//   canvas); the clicks are a mouse's.
import path from 'node:path';
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const [page_path, outdir, executable = '/usr/bin/chromium'] = process.argv.slice(2);
fs.mkdirSync(outdir, { recursive: true });
const browser = await chromium.launch({
  executablePath: executable,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const out = { requests: [], errors: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('request', (r) => out.requests.push(r.url().slice(0, 80)));
  page.on('console', (m) => { if (m.type() === 'error') out.errors.push(m.text()); });
  page.on('pageerror', (e) => out.errors.push(String(e)));
  const started = Date.now();
  await page.goto('file://' + path.resolve(page_path));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  out.loadMs = Date.now() - started;
  // What the page says it shows: "N of M nodes, E of F edges shown".
  const count = async () => page.evaluate(() => {
    const text = document.getElementById('dg-count').textContent;
    const m = text.match(/(\d+) of (\d+) nodes, (\d+) of (\d+) edges/);
    return { nodes: +m[2], hidden: m[2] - m[1], hiddenEdges: m[4] - m[3], text };
  });
  const settle = async () => {
    await page.waitForFunction(() => !window.dgViewer.layingOut(), null, { timeout: 60000 });
    await page.waitForTimeout(500);
  };
  await settle();
  out.start = await count();
  await page.screenshot({ path: path.join(outdir, 'viewer-start.png') });

  let t0 = Date.now();
  await page.fill('#dg-search', 'to lam');
  out.searchMs = Date.now() - t0;
  out.results = await page.$$eval('#dg-results button', (bs) => bs.map((b) => b.textContent));
  await page.press('#dg-search', 'Enter');
  const toLam = await page.evaluate(() => {
    const d = JSON.parse(document.getElementById('dg-data').textContent);
    return d.nodes.findIndex((n) => n.label === 'To Lam');
  });
  if (toLam >= 0) {
    await page.waitForTimeout(700); // the camera's move
    // Enter went to the first match: its node is in the middle of what the
    // drawing's area shows.
    const at = await page.evaluate((i) => window.dgViewer.viewportOf(i), toLam);
    out.foundInView = await page.evaluate(({ x, y }) => {
      const area = document.getElementById('graph').getBoundingClientRect();
      return Math.abs(x - (area.left + area.width / 2)) < area.width / 4
        && Math.abs(y - (area.top + area.height / 2)) < area.height / 4;
    }, at);
    // A reader's click on the node as drawn.
    await page.mouse.click(at.x, at.y);
    out.panel = await page.$eval('#dg-panel', (p) => ({
      title: p.querySelector('h2') ? p.querySelector('h2').textContent : null,
      quotes: [...p.querySelectorAll('blockquote p')].map((q) => q.textContent),
      iri: p.querySelector('.dg-iri') ? p.querySelector('.dg-iri').textContent : null,
    }));
    out.dimmed = await page.evaluate(() => window.dgViewer.dimmed());
    await page.screenshot({ path: path.join(outdir, 'viewer-to-lam.png') });
  }

  const edge = await page.evaluate(() => {
    const d = JSON.parse(document.getElementById('dg-data').textContent);
    return d.edges.findIndex((e) => e.fact && e.quotes.length);
  });
  if (edge >= 0) {
    // Zoomed so the edge is long on screen, then a click on its middle.
    const at = await page.evaluate((k) => {
      const v = window.dgViewer;
      const d = JSON.parse(document.getElementById('dg-data').textContent);
      v.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      v.showEdgeEnds(k);
      const a = v.viewportOf(d.edges[k].tail), b = v.viewportOf(d.edges[k].head);
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }, edge);
    await page.waitForTimeout(600);
    const mid = await page.evaluate((k) => {
      const v = window.dgViewer;
      const d = JSON.parse(document.getElementById('dg-data').textContent);
      const a = v.viewportOf(d.edges[k].tail), b = v.viewportOf(d.edges[k].head);
      return { x: a.x + (b.x - a.x) * 0.4, y: a.y + (b.y - a.y) * 0.4 };
    }, edge);
    void at;
    await page.mouse.click(mid.x, mid.y);
    await page.screenshot({ path: path.join(outdir, 'viewer-edge.png') });
    out.edgePanel = await page.$eval('#dg-panel', (p) => ({
      title: p.querySelector('h2') ? p.querySelector('h2').textContent : null,
      dates: p.querySelector('.dg-dates') ? p.querySelector('.dg-dates').textContent : null,
      quotes: p.querySelectorAll('blockquote').length,
    }));
  }

  await page.check('#dg-time-on');
  t0 = Date.now();
  await page.$eval('#dg-time', (s) => { s.value = '2015'; s.dispatchEvent(new Event('input')); });
  out.sliderMs = Date.now() - t0;
  out.in2015 = await count();
  out.year = await page.$eval('#dg-year', (o) => o.textContent);
  await page.screenshot({ path: path.join(outdir, 'viewer-2015.png') });
  await page.uncheck('#dg-time-on');
  out.allYears = await count();

  const first = await page.$('#dg-classes input');
  if (first) {
    await first.uncheck();
    out.classOff = await count();
    await settle();
    await page.screenshot({ path: path.join(outdir, 'viewer-class-off.png') });
    await first.check();
  }
  // A family's box: every class under it at once.
  const family = await page.$('#dg-classes input[data-family]');
  if (family) {
    out.familyName = await family.evaluate((b) => b.dataset.family);
    out.familyMembers = await page.evaluate((name) => {
      const d = JSON.parse(document.getElementById('dg-data').textContent);
      return d.classes.filter((c) => c.family === name).reduce((n, c) => n + c.count, 0);
    }, out.familyName);
    await family.uncheck();
    out.familyOff = await count();
    out.familyMemberBoxesOff = await page.$$eval('#dg-classes .dg-member input',
      (bs) => bs.filter((b) => !b.checked).length);
    await family.check();
    out.familyBack = await count();
  }
  if (await page.$('#dg-classes-none')) {
    await page.click('#dg-classes-none');
    out.classesNone = await count();
    await page.click('#dg-classes-all');
    out.classesAll = await count();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
