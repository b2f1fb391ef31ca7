// SPDX-License-Identifier: LGPL-2.1-or-later
// The script of the page `diplograph html` writes: pan and zoom (the
// svg-pan-zoom library), search by label in any language, a panel with a
// node's class, dates, IRI and quotes, its neighbours highlighted, a class
// filter and a time slider.  The drawing's node I is the element dgnI, its
// edge I dgeI; the data is the JSON in #dg-data.  Text from the data goes
// into the page as text (textContent), never as markup.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('dg-data').textContent);
  const svg = document.querySelector('#graph svg');
  const $ = (id) => document.getElementById(id);
  const make = (tag, text, cls) => {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (cls) el.className = cls;
    return el;
  };

  svg.removeAttribute('width');
  svg.removeAttribute('height');
  const zoom = svgPanZoom(svg, { zoomEnabled: true, controlIconsEnabled: true, fit: true,
    center: true, minZoom: 0.02, maxZoom: 50, dblClickZoomEnabled: false });

  const nodes = data.nodes.map((n, i) => document.getElementById('dgn' + i));
  const edges = data.edges.map((e, i) => document.getElementById('dge' + i));
  const around = data.nodes.map(() => []);
  data.edges.forEach((e, i) => { around[e.tail].push(i); around[e.head].push(i); });

  // Search folds case and diacritics: "to lam" finds "Tô Lâm".
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const names = data.nodes.map((n) => fold([n.label].concat(n.labels).join('\n')));

  const year = (date, other) => (date ? parseInt(date.slice(0, 4), 10) : other);
  const hiddenClasses = new Set();
  let when = null;
  let selected = null;

  function inForce(item) {
    if (when === null || (!item.start && !item.end)) return true;
    return year(item.start, -Infinity) <= when && when <= year(item.end, Infinity);
  }

  function apply() {
    const shown = data.nodes.map((n) => !hiddenClasses.has(n.cls) && inForce(n));
    let count = 0;
    nodes.forEach((el, i) => {
      if (el) el.classList.toggle('dg-hidden', !shown[i]);
      count += shown[i];
    });
    let links = 0;
    edges.forEach((el, i) => {
      const e = data.edges[i];
      const on = shown[e.tail] && shown[e.head] && inForce(e);
      if (el) el.classList.toggle('dg-hidden', !on);
      links += on;
    });
    $('dg-count').textContent = count + ' of ' + data.nodes.length + ' nodes, ' + links + ' of ' +
      data.edges.length + ' edges shown';
  }

  function dim(node) {
    const near = new Set([node]);
    const nearEdges = new Set(around[node]);
    around[node].forEach((i) => { near.add(data.edges[i].tail); near.add(data.edges[i].head); });
    nodes.forEach((el, i) => { if (el) el.classList.toggle('dg-dim', !near.has(i)); });
    edges.forEach((el, i) => { if (el) el.classList.toggle('dg-dim', !nearEdges.has(i)); });
  }

  // Dates as the data gives them ("2024"), the end as the time window reads it.
  function span(item) {
    if (!item.start && !item.end) return null;
    const from = item.written || item.start || '…';
    if (item.point) return item.end && item.end !== item.start ? from + ' – ' + item.end : from;
    return from + ' – ' + (item.end || 'now');
  }

  function quotes(panel, list) {
    if (!list.length) return;
    panel.append(make('h2', list.length === 1 ? '1 quote' : list.length + ' quotes'));
    list.forEach((q) => {
      const block = make('blockquote');
      const text = make('p', '“' + q.text + '”');
      if (q.lang) text.lang = q.lang;
      block.append(text);
      block.append(make('footer', [q.source, q.file, q.lang].filter(Boolean).join(' · ')));
      panel.append(block);
    });
  }

  function iri(panel, value) {
    const line = make('p', undefined, 'dg-iri');
    if (/^https?:\/\//i.test(value)) {
      const a = make('a', value);
      a.href = value;
      a.rel = 'noopener noreferrer';
      line.append(a);
    } else {
      line.textContent = value;
    }
    panel.append(line);
  }

  function showNode(i) {
    const n = data.nodes[i];
    const panel = $('dg-panel');
    panel.replaceChildren();
    if (selected) selected.classList.remove('dg-selected');
    selected = nodes[i];
    if (selected) selected.classList.add('dg-selected');
    panel.append(make('h2', n.label));
    panel.append(make('p', n.classLabel, 'dg-class'));
    const others = n.labels.filter((l) => l !== n.label);
    if (others.length) panel.append(make('p', 'Also: ' + others.join(' · ')));
    if (span(n)) panel.append(make('p', span(n), 'dg-dates'));
    iri(panel, n.iri);
    quotes(panel, n.quotes);
    const links = around[i].map((k) => data.edges[k]);
    if (links.length) {
      panel.append(make('h2', 'Links'));
      const list = make('ul');
      links.forEach((e) => {
        const other = e.tail === i ? e.head : e.tail;
        const item = make('li');
        const go = make('button', e.label + ' — ' + data.nodes[other].label);
        go.type = 'button';
        go.addEventListener('click', () => focus(other));
        item.append(go);
        list.append(item);
      });
      panel.append(list);
    }
    dim(i);
  }

  function showEdge(k) {
    const e = data.edges[k];
    const panel = $('dg-panel');
    panel.replaceChildren();
    panel.append(make('h2', e.label));
    panel.append(make('p', data.nodes[e.tail].label + ' — ' + data.nodes[e.head].label, 'dg-class'));
    if (span(e)) panel.append(make('p', span(e), 'dg-dates'));
    if (e.fact) iri(panel, e.fact);
    quotes(panel, e.quotes);
  }

  // Brings node i to the middle of the view, at a size its label can be
  // read at, and shows it.
  function focus(i) {
    const el = nodes[i];
    if (el) {
      const sizes = zoom.getSizes();
      if (sizes.realZoom < 0.8) zoom.zoomBy(1 / sizes.realZoom);
      const box = el.getBoundingClientRect();
      const area = svg.getBoundingClientRect();
      zoom.panBy({ x: area.left + area.width / 2 - (box.left + box.width / 2),
        y: area.top + area.height / 2 - (box.top + box.height / 2) });
    }
    showNode(i);
  }

  function clear() {
    if (selected) selected.classList.remove('dg-selected');
    selected = null;
    nodes.forEach((el) => { if (el) el.classList.remove('dg-dim'); });
    edges.forEach((el) => { if (el) el.classList.remove('dg-dim'); });
  }
  // A click on the background (not a drag) ends the highlight.
  let down = null;
  svg.addEventListener('mousedown', (ev) => { down = [ev.clientX, ev.clientY]; });
  svg.addEventListener('click', (ev) => {
    const moved = down && Math.hypot(ev.clientX - down[0], ev.clientY - down[1]) > 4;
    if (!moved && !ev.target.closest('g.node, g.edge, #svg-pan-zoom-controls')) clear();
  });

  nodes.forEach((el, i) => {
    if (!el) return;
    // A node's link to its IRI is for the static SVG; here a click shows it.
    el.addEventListener('click', (ev) => { ev.preventDefault(); showNode(i); });
  });
  edges.forEach((el, k) => {
    if (!el) return;
    el.addEventListener('click', (ev) => { ev.preventDefault(); showEdge(k); });
  });

  const results = $('dg-results');
  function search(all) {
    const q = fold($('dg-search').value.trim());
    nodes.forEach((el) => { if (el) el.classList.remove('dg-found'); });
    results.replaceChildren();
    if (!q) { results.hidden = true; return []; }
    const found = [];
    names.forEach((text, i) => { if (text.includes(q)) found.push(i); });
    found.forEach((i) => { if (nodes[i]) nodes[i].classList.add('dg-found'); });
    results.hidden = false;
    results.append(make('h2', found.length + (found.length === 1 ? ' match' : ' matches')));
    found.slice(0, all ? found.length : 30).forEach((i) => {
      const b = make('button', data.nodes[i].label + ' (' + data.nodes[i].classLabel + ')');
      b.type = 'button';
      b.addEventListener('click', () => focus(i));
      results.append(b);
    });
    return found;
  }
  $('dg-search').addEventListener('input', () => search(false));
  $('dg-search').addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter') return;
    const found = search(false);
    if (found.length) focus(found[0]);
  });

  // The class filter: one box per class drawn, and all or none at once.
  const classes = $('dg-classes');
  const boxes = [];
  const every = make('p', undefined, 'dg-all');
  [['All', false], ['None', true]].forEach(([text, hide]) => {
    const b = make('button', text);
    b.type = 'button';
    b.id = 'dg-classes-' + text.toLowerCase();
    b.addEventListener('click', () => {
      boxes.forEach((box) => {
        box.checked = !hide;
        if (hide) hiddenClasses.add(box.dataset.cls); else hiddenClasses.delete(box.dataset.cls);
      });
      apply();
    });
    every.append(b, ' ');
  });
  classes.append(every);
  data.classes.forEach((c) => {
    const label = make('label');
    const box = make('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset.cls = c.key;
    boxes.push(box);
    box.addEventListener('change', () => {
      if (box.checked) hiddenClasses.delete(c.key); else hiddenClasses.add(c.key);
      apply();
    });
    label.append(box, ' ' + c.label + ' (' + c.count + ')');
    classes.append(label);
  });

  // The time slider: the years the data's dates span.
  const years = [];
  data.nodes.concat(data.edges).forEach((x) => {
    if (x.start) years.push(year(x.start));
    if (x.end) years.push(year(x.end));
  });
  const slider = $('dg-time');
  const on = $('dg-time-on');
  if (years.length) {
    slider.min = Math.min(...years);
    slider.max = Math.max(...years);
    slider.value = slider.max;
  } else {
    on.disabled = true;
  }
  function timeChanged() {
    slider.disabled = !on.checked;
    when = on.checked ? parseInt(slider.value, 10) : null;
    $('dg-year').textContent = when === null ? 'all years' : String(when);
    apply();
  }
  on.addEventListener('change', timeChanged);
  slider.addEventListener('input', timeChanged);

  apply();
  document.body.dataset.ready = 'true';
}());
