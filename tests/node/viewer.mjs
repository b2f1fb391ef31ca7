// SPDX-License-Identifier: LGPL-2.1-or-later
// node viewer.mjs PAGE.html OUTDIR [CHROMIUM]: opens the page `diplograph
// html` wrote from file:// in headless Chromium (Debian's, driven by
// playwright-core: no browser download; a new empty profile), uses it as a reader would, and
// prints what it saw as JSON; screenshots go to OUTDIR.
//   searches "To Lam", clicks his node, reads the panel's quotes; clicks a
//   partnership edge; moves the time slider to 2015 and counts what is
//   hidden; unticks a class; records every request and console error.
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
  const count = async () => page.evaluate(() => ({
    nodes: document.querySelectorAll('g.node[id^="dgn"]').length,
    hidden: document.querySelectorAll('g.node.dg-hidden').length,
    hiddenEdges: document.querySelectorAll('g.edge.dg-hidden').length,
    text: document.getElementById('dg-count').textContent,
  }));
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
    // Enter went to the first match: its node is in the middle of what the
    // drawing's area shows, not somewhere off it.
    out.foundInView = await page.evaluate((i) => {
      const box = document.getElementById('dgn' + i).getBoundingClientRect();
      const area = document.getElementById('graph').getBoundingClientRect();
      const x = box.left + box.width / 2, y = box.top + box.height / 2;
      return x > area.left && x < area.right && y > area.top && y < area.bottom;
    }, toLam);
    await page.click(`#dgn${toLam}`, { force: true });
    out.panel = await page.$eval('#dg-panel', (p) => ({
      title: p.querySelector('h2') ? p.querySelector('h2').textContent : null,
      quotes: [...p.querySelectorAll('blockquote p')].map((q) => q.textContent),
      iri: p.querySelector('.dg-iri') ? p.querySelector('.dg-iri').textContent : null,
    }));
    out.dimmed = await page.evaluate(() => document.querySelectorAll('g.node.dg-dim').length);
    await page.screenshot({ path: path.join(outdir, 'viewer-to-lam.png') });
  }

  const edge = await page.evaluate(() => {
    const d = JSON.parse(document.getElementById('dg-data').textContent);
    return d.edges.findIndex((e) => e.fact && e.quotes.length);
  });
  if (edge >= 0) {
    // On its label, which nothing covers: the middle of a curved edge's box may be empty.
    await page.locator(`#dge${edge} text`).first().scrollIntoViewIfNeeded();
    await page.locator(`#dge${edge} text`).first().click({ force: true });
    await page.screenshot({ path: path.join(outdir, 'viewer-edge.png') });
    out.edgePanel = await page.$eval('#dg-panel', (p) => ({
      title: p.querySelector('h2').textContent,
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
    await first.check();
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
