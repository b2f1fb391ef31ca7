// SPDX-License-Identifier: LGPL-2.1-or-later
// node bench/viewer-fps.mjs PAGE.html SHOT.png: opens a page `diplograph html`
// wrote, from file://, in Debian's headless Chromium (playwright-core from
// tests/node), and prints as JSON how long it took to be ready, how long
// its layout ran, and the frames a second while a mouse drags the drawing
// for three seconds (frames counted with requestAnimationFrame).  "drawn" is
// when the page's first drawing was done by its own clock; "ready" when the
// browser next answered, later while a layout keeps the page busy.  WebGL
// here is SwiftShader's, on the CPU.
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.join(path.dirname(new URL(import.meta.url).pathname),
  '..', 'tests', 'node', 'package.json'));
const { chromium } = require('playwright-core');
const [page_path, shot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const out = {};
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const t0 = Date.now();
  await page.goto('file://' + path.resolve(page_path), { timeout: 600000 });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 600000 });
  out.readyMs = Date.now() - t0;
  // When the page drew itself, from the start of its loading (the page's clock).
  out.drawnMs = await page.evaluate(() => (window.dgViewer && window.dgViewer.drawnMs) || null);
  if (await page.evaluate(() => !!window.dgViewer)) {
    await page.waitForFunction(() => !window.dgViewer.layingOut(), null, { timeout: 600000 });
  }
  out.laidOutMs = Date.now() - t0;
  const box = await page.$eval('#graph', (g) => {
    const r = g.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.evaluate(() => {
    window.dgFrames = 0;
    const tick = () => { window.dgFrames++; window.dgTick = requestAnimationFrame(tick); };
    window.dgTick = requestAnimationFrame(tick);
  });
  const started = Date.now();
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  for (let i = 0; Date.now() - started < 3000; i++) {
    await page.mouse.move(box.x + 200 * Math.sin(i / 10), box.y + 120 * Math.cos(i / 13));
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => { cancelAnimationFrame(window.dgTick); return window.dgFrames; });
  out.fps = Math.round(10 * frames / ((Date.now() - started) / 1000)) / 10;
  out.errors = errors;
  // The drawing as it settles after the drag (edges come back).
  await page.waitForTimeout(2000);
  if (shot) await page.screenshot({ path: shot });
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
