// SPDX-License-Identifier: LGPL-2.1-or-later
// The script of the page `diplograph html` writes: the view drawn with
// WebGL (sigma.js over a graphology graph, both vendored from npm), a
// ForceAtlas2 layout that runs in the page (graphology-library) from the
// positions the page was written with (Graphviz's layout for a view small
// enough, else a spiral), search by label in any language, a panel with a
// node's class, dates, IRI and quotes, its neighbours highlighted, a class
// filter and a time slider.  Node I of the data is graph node "I", edge K
// is "eK".  Text from the data goes into the page as text (textContent) or
// onto the canvas, never as markup.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('dg-data').textContent);
  const $ = (id) => document.getElementById(id);
  const make = (tag, text, cls) => {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (cls) el.className = cls;
    return el;
  };
  const forceAtlas2 = graphologyLibrary.layoutForceAtlas2;

  // A large view's links are drawn light, so that thousands of them to one
  // hub do not paint a dark disc over the nodes (opaque: sigma's WebGL
  // edges with an alpha below 1 were not drawn at all in Chromium here).
  const faint = data.edges.length > 5000;
  const graph = new graphology.MultiGraph();
  data.nodes.forEach((n, i) => {
    graph.addNode(String(i), { x: n.x, y: n.y, size: n.size, color: n.color, label: n.label });
  });
  data.edges.forEach((e, k) => {
    graph.addEdgeWithKey('e' + k, String(e.tail), String(e.head),
      { size: e.fact ? 2 : 1, color: faint && !e.fact ? '#dde1e6' : e.color, label: e.label,
        type: e.directed ? 'arrow' : 'line' });
  });
  // Where the page began, to come back to when every filter is off.
  const start = data.nodes.map((n) => [n.x, n.y]);

  const around = data.nodes.map(() => []);
  data.edges.forEach((e, k) => { around[e.tail].push(k); around[e.head].push(k); });

  // Search folds case and diacritics: "to lam" finds "Tô Lâm".
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const names = data.nodes.map((n) => fold([n.label].concat(n.labels).join('\n')));

  const year = (date, other) => (date ? parseInt(date.slice(0, 4), 10) : other);
  const hiddenClasses = new Set();
  let when = null;
  let shown = data.nodes.map(() => true);
  let shownEdge = data.edges.map(() => true);
  let selected = null;
  let near = null;
  let found = new Set();

  function inForce(item) {
    if (when === null || (!item.start && !item.end)) return true;
    return year(item.start, -Infinity) <= when && when <= year(item.end, Infinity);
  }

  const renderer = new Sigma(graph, $('graph'), {
    renderEdgeLabels: false,
    // Clicking an edge costs a second drawing of every edge (sigma picks by
    // colour): a view of many edges clicks its nodes only.
    enableEdgeEvents: data.edges.length <= 20000,
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.6,
    labelFont: '"DejaVu Sans", "Noto Sans CJK SC", "Noto Sans", sans-serif',
    defaultEdgeType: 'line',
    zIndex: true,
    // A large view pans and zooms without its edges and labels, drawn again
    // when the move ends: a frame of 200,000 edges is slow without a GPU.
    hideEdgesOnMove: graph.size > 5000,
    hideLabelsOnMove: graph.size > 5000,
    nodeReducer: (key, attrs) => {
      const i = +key;
      const out = Object.assign({}, attrs);
      if (!shown[i]) { out.hidden = true; return out; }
      if (near && !near.has(i)) { out.color = '#e4e6ea'; out.label = ''; out.zIndex = 0; } else {
        out.zIndex = 1;
      }
      // A match is larger, and on top; its label boxed only once chosen.
      if (found.has(i)) { out.size = attrs.size * 1.8; out.zIndex = 2; }
      if (i === selected) { out.highlighted = true; out.forceLabel = true; out.zIndex = 3; }
      return out;
    },
    edgeReducer: (key, attrs) => {
      const k = +key.slice(1);
      const out = Object.assign({}, attrs);
      if (!shownEdge[k]) { out.hidden = true; return out; }
      if (near && selected !== null && !around[selected].includes(k)) out.color = '#eef0f3';
      return out;
    },
  });
  const camera = renderer.getCamera();
  // A camera move hides a large view's edges and labels until the next
  // drawing; one after the move ends brings them back.
  const settled = (move) => Promise.resolve(move).then(() => renderer.refresh());

  // --- The force layout, a few iterations a frame so the page stays live.
  let running = null;
  function layout(keys, budgetMs) {
    if (running) running.stop = true;
    const job = { stop: false };
    running = job;
    const sub = graph.nullCopy();
    keys.forEach((key) => sub.addNode(key, graph.getNodeAttributes(key)));
    graph.forEachEdge((e, attrs, s, t) => {
      if (sub.hasNode(s) && sub.hasNode(t) && s !== t && !sub.hasEdge(s, t)) sub.addEdge(s, t);
    });
    if (!sub.order) return;
    // LinLog pulls a cluster together and apart from the others; hubs are
    // pushed out among what they link rather than all into the middle.
    const settings = Object.assign(forceAtlas2.inferSettings(sub),
      { barnesHutOptimize: sub.order > 1000, adjustSizes: false,
        linLogMode: sub.order > 1000, outboundAttractionDistribution: sub.order > 1000 });
    const began = performance.now();
    let per = 1;
    let shownAt = began;
    $('dg-layout-state').textContent = 'laying out…';
    const show = () => {
      sub.forEachNode((key, a) => graph.mergeNodeAttributes(key, { x: a.x, y: a.y }));
    };
    function step() {
      if (job.stop) return;
      const t0 = performance.now();
      forceAtlas2.assign(sub, { iterations: per, settings });
      const took = performance.now() - t0;
      // As many iterations as fit in about 30 ms, between which the page
      // answers; the drawing follows a few times a second (a frame of a
      // large view costs more than the iterations).
      per = Math.max(1, Math.min(50, Math.round(per * 30 / Math.max(took, 1))));
      if (t0 - shownAt > 250 + sub.order / 10) {
        show();
        shownAt = performance.now();
      }
      if (performance.now() - began < budgetMs) {
        setTimeout(step, 0);
      } else {
        show();
        running = null;
        $('dg-layout-state').textContent = '';
        settled(camera.animatedReset({ duration: 300 }));
      }
    }
    setTimeout(step, 0);
  }
  // Longer for a larger view (10,000 edges: 2.5 s; 100,000 and more: 12 s).
  const layoutBudget = () => Math.min(12000, 1500 + graph.size / 10);

  // Back to the page's own layout when nothing is filtered, else lay out
  // what is shown, so a filter never leaves a sparse, tiny drawing.
  function relayout() {
    if (!hiddenClasses.size && when === null) {
      if (running) running.stop = true;
      graph.forEachNode((key) => {
        const [x, y] = start[+key];
        graph.mergeNodeAttributes(key, { x, y });
      });
      settled(camera.animatedReset({ duration: 300 }));
      return;
    }
    layout(graph.filterNodes((key) => shown[+key]), layoutBudget());
  }

  function apply(moved) {
    shown = data.nodes.map((n) => !hiddenClasses.has(n.cls) && inForce(n));
    shownEdge = data.edges.map((e) => shown[e.tail] && shown[e.head] && inForce(e));
    const count = shown.filter(Boolean).length;
    const links = shownEdge.filter(Boolean).length;
    $('dg-count').textContent = count + ' of ' + data.nodes.length + ' nodes, ' + links + ' of ' +
      data.edges.length + ' edges shown';
    renderer.refresh();
    if (moved) relayout();
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
    selected = i;
    near = new Set([i]);
    around[i].forEach((k) => { near.add(data.edges[k].tail); near.add(data.edges[k].head); });
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
    renderer.refresh();
  }

  function showEdge(k) {
    const e = data.edges[k];
    const panel = $('dg-panel');
    panel.replaceChildren();
    // Its two ends stand out, the rest is dimmed.
    selected = null;
    near = new Set([e.tail, e.head]);
    renderer.refresh();
    panel.append(make('h2', e.label));
    panel.append(make('p', data.nodes[e.tail].label + ' — ' + data.nodes[e.head].label, 'dg-class'));
    if (span(e)) panel.append(make('p', span(e), 'dg-dates'));
    if (e.fact) iri(panel, e.fact);
    quotes(panel, e.quotes);
  }

  // Brings node i to the middle of the view, close enough to read its
  // label, and shows it.
  function focus(i) {
    const d = renderer.getNodeDisplayData(String(i));
    if (d && shown[i]) {
      settled(camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.4) },
        { duration: 400 }));
    }
    showNode(i);
  }

  function clear() {
    selected = null;
    near = null;
    renderer.refresh();
  }

  renderer.on('clickNode', ({ node }) => showNode(+node));
  renderer.on('clickEdge', ({ edge }) => showEdge(+edge.slice(1)));
  renderer.on('clickStage', clear);
  renderer.on('enterNode', () => { $('graph').style.cursor = 'pointer'; });
  renderer.on('leaveNode', () => { $('graph').style.cursor = ''; });

  const results = $('dg-results');
  function search() {
    const q = fold($('dg-search').value.trim());
    results.replaceChildren();
    found = new Set();
    if (!q) { results.hidden = true; renderer.refresh(); return []; }
    const hits = [];
    names.forEach((text, i) => { if (text.includes(q)) hits.push(i); });
    hits.forEach((i) => found.add(i));
    results.hidden = false;
    results.append(make('h2', hits.length + (hits.length === 1 ? ' match' : ' matches')));
    hits.slice(0, 30).forEach((i) => {
      const b = make('button', data.nodes[i].label + ' (' + data.nodes[i].classLabel + ')');
      b.type = 'button';
      b.addEventListener('click', () => focus(i));
      results.append(b);
    });
    renderer.refresh();
    return hits;
  }
  $('dg-search').addEventListener('input', () => search());
  $('dg-search').addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter') return;
    const hits = search();
    if (hits.length) focus(hits[0]);
  });

  // The class filter: all or none at once, then the families.
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
      syncs.forEach((sync) => sync());
      apply(true);
    });
    every.append(b, ' ');
  });
  classes.append(every);
  // One box a class, under its family's box (the legend's families: event,
  // organization …), which ticks or unticks them all.
  const families = new Map();
  data.classes.forEach((c) => {
    const name = c.family || c.label;
    if (!families.has(name)) families.set(name, []);
    families.get(name).push(c);
  });
  const syncFamily = (head, members) => {
    const on = members.filter((box) => box.checked).length;
    head.checked = on === members.length;
    head.indeterminate = on > 0 && on < members.length;
  };
  const syncs = [];
  families.forEach((members, name) => {
    const group = make('div', undefined, 'dg-family');
    const memberBoxes = [];
    let head = null;
    if (members.length > 1) {
      const title = make('label', undefined, 'dg-family-name');
      head = make('input');
      head.type = 'checkbox';
      head.checked = true;
      head.dataset.family = name;
      const total = members.reduce((n, c) => n + c.count, 0);
      title.append(head, ' ' + name + ' (' + total + ')');
      group.append(title);
    }
    members.forEach((c) => {
      const label = make('label', undefined, members.length > 1 ? 'dg-member' : undefined);
      const box = make('input');
      box.type = 'checkbox';
      box.checked = true;
      box.dataset.cls = c.key;
      boxes.push(box);
      memberBoxes.push(box);
      box.addEventListener('change', () => {
        if (box.checked) hiddenClasses.delete(c.key); else hiddenClasses.add(c.key);
        if (head) syncFamily(head, memberBoxes);
        apply(true);
      });
      const swatch = make('span', undefined, 'dg-swatch');
      swatch.style.background = c.color;
      label.append(box, ' ', swatch, ' ' + c.label + ' (' + c.count + ')');
      group.append(label);
    });
    if (head) {
      head.addEventListener('change', () => {
        memberBoxes.forEach((box) => {
          box.checked = head.checked;
          if (head.checked) hiddenClasses.delete(box.dataset.cls);
          else hiddenClasses.add(box.dataset.cls);
        });
        head.indeterminate = false;
        apply(true);
      });
      syncs.push(() => syncFamily(head, memberBoxes));
    }
    classes.append(group);
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
    slider.min = years.reduce((a, b) => Math.min(a, b));
    slider.max = years.reduce((a, b) => Math.max(a, b));
    slider.value = slider.max;
  } else {
    on.disabled = true;
  }
  function timeChanged() {
    slider.disabled = !on.checked;
    when = on.checked ? parseInt(slider.value, 10) : null;
    $('dg-year').textContent = when === null ? 'all years' : String(when);
    apply(false);
  }
  on.addEventListener('change', () => { timeChanged(); relayout(); });
  slider.addEventListener('input', timeChanged);
  // Laid out again once the slider stops, not at every step of a drag.
  slider.addEventListener('change', relayout);
  $('dg-relayout').addEventListener('click', () => {
    layout(graph.filterNodes((key) => shown[+key]), layoutBudget());
  });

  // For tests and benchmarks: where node I is on the screen.
  window.dgViewer = {
    renderer,
    viewportOf: (i) => {
      const a = graph.getNodeAttributes(String(i));
      const p = renderer.graphToViewport({ x: a.x, y: a.y });
      const box = $('graph').getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    layingOut: () => running !== null,
    dimmed: () => (near ? data.nodes.length - near.size : 0),
    // Centres the view on edge K's two ends, so that it is long on screen.
    showEdgeEnds: (k) => {
      const a = renderer.getNodeDisplayData(String(data.edges[k].tail));
      const b = renderer.getNodeDisplayData(String(data.edges[k].head));
      const ratio = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) * 1.5 || camera.ratio;
      settled(camera.animate({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio }, { duration: 300 }));
    },
  };

  // Ready once drawn; a view with no Graphviz layout starts from a spiral,
  // laid out now.
  renderer.once('afterRender', () => {
    window.dgViewer.drawnMs = performance.now();
    document.body.dataset.ready = 'true';
    if (!data.laidOut) layout(graph.nodes(), layoutBudget());
  });
  apply(false);
}());
