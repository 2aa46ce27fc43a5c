/* geokg interactive graph page. Written for geokg; no libraries, no network.
 * Reads the graph embedded in #geokg-data (positions computed by geokg), draws it as SVG,
 * and adds pan and zoom, search, filters by relation, polarity and date, hover
 * highlighting, and a details panel (an edge's evidence sentences with their sources).
 * With the URL hash #selftest (or #selftest=NAME) it searches, clicks the first matching
 * edge and writes what it saw as JSON into a pre element #selftest, for automated checks.
 *
 * Served live by `geokg serve` (the data say "live": true), the same page asks the server's
 * JSON API on the same origin, and only it: the search box finds any entity of the knowledge
 * base, a found entity is drawn with its neighbours, an entity's neighbours can be added
 * ("expand"), and "how are A and B connected" draws the best paths and lists them with
 * their sentences. Every new part of the graph comes from /api/graph already laid out, and
 * is drawn by the same code as the export. The hash #selftest-live=A|B checks search,
 * expand and paths the same way as #selftest. */
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var data = JSON.parse(document.getElementById('geokg-data').textContent);
  var live = !!data.live;
  var nodes = [];
  var edges = [];
  var svg = document.getElementById('graph');
  var view = document.getElementById('viewport');
  var $ = function (id) { return document.getElementById(id); };

  function svgEl(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function h(tag, text, cls, parent) {
    var e = document.createElement(tag);
    if (text !== null && text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    if (parent) parent.appendChild(e);
    return e;
  }
  function num(x) { return Math.round(x * 10) / 10; }
  function norm(s) {
    return String(s).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  function polColour(p) { return data.polarities[p] || '#7f7f7f'; }

  /* ---- drawing: the layers, once ---- */
  var defs = svgEl('defs', {}, svg);
  Object.keys(data.polarities).forEach(function (p) {
    var m = svgEl('marker', {
      id: 'arrow-' + p, viewBox: '0 0 10 10', refX: '10', refY: '5',
      markerWidth: '8', markerHeight: '8', markerUnits: 'userSpaceOnUse', orient: 'auto'
    }, defs);
    svgEl('path', { d: 'M0,0 L10,5 L0,10 z', fill: polColour(p) }, m);
  });
  var edgeLayer = svgEl('g', { id: 'edges' }, view);
  var nodeLayer = svgEl('g', { id: 'nodes' }, view);
  var labelLayer = svgEl('g', { id: 'labels' }, view);

  function geometry(e) {
    var a = nodes[e.s], b = nodes[e.t];
    var dx = b.x - a.x, dy = b.y - a.y;
    var d = Math.sqrt(dx * dx + dy * dy) || 1;
    var cx = (a.x + b.x) / 2 - dy / d * e.bend * 2;
    var cy = (a.y + b.y) / 2 + dx / d * e.bend * 2;
    var ux = cx - a.x, uy = cy - a.y, lu = Math.sqrt(ux * ux + uy * uy) || 1;
    var vx = cx - b.x, vy = cy - b.y, lv = Math.sqrt(vx * vx + vy * vy) || 1;
    var rb = b.r + (e.symmetric ? 0 : 1.5);
    var sx = a.x + ux / lu * a.r, sy = a.y + uy / lu * a.r;
    var ex = b.x + vx / lv * rb, ey = b.y + vy / lv * rb;
    return {
      d: 'M' + num(sx) + ',' + num(sy) + ' Q' + num(cx) + ',' + num(cy) + ' ' + num(ex) + ',' + num(ey),
      mx: 0.25 * sx + 0.5 * cx + 0.25 * ex,
      my: 0.25 * sy + 0.5 * cy + 0.25 * ey
    };
  }

  // The boxes of all labels, in graph coordinates, measured once with every label shown,
  // so that fit() can keep whichever of them are shown inside the view.
  function box(el) {
    var b = el.getBBox();
    return { x0: b.x - 2, y0: b.y - 2, x1: b.x + b.width + 2, y1: b.y + b.height + 2 };
  }

  /* ---- the model and its drawing: load(d) (again for each new graph when live) ---- */
  var loads = 0;
  function load(d) {
    loads++;
    nodes = d.nodes;
    edges = d.edges;
    edgeLayer.textContent = '';
    nodeLayer.textContent = '';
    labelLayer.textContent = '';
    selected = null;
    nodes.forEach(function (n, i) {
      n.i = i;
      n.edges = [];
      n.r = 5 + 2 * Math.sqrt(n.degree);
      n.key = norm(n.name + ' ' + n.id);
      n.visible = true;
    });
    edges.forEach(function (e, i) {
      e.i = i;
      e.visible = true;
      nodes[e.s].edges.push(e);
      nodes[e.t].edges.push(e);
    });
    // Several relations between one pair are drawn as curves side by side.
    var pairs = {};
    edges.forEach(function (e) {
      var k = Math.min(e.s, e.t) + '-' + Math.max(e.s, e.t);
      (pairs[k] = pairs[k] || []).push(e);
    });
    Object.keys(pairs).forEach(function (k) {
      var g = pairs[k];
      g.forEach(function (e, j) {
        e.bend = (j - (g.length - 1) / 2) * 18;
        if (e.s > e.t) e.bend = -e.bend;
      });
    });

    edges.forEach(function (e) {
      var geo = geometry(e);
      var g = svgEl('g', { 'class': 'edge', 'data-id': e.id }, edgeLayer);
      var attrs = {
        'class': 'line', d: geo.d, stroke: polColour(e.polarity),
        'stroke-width': String(num(1 + 1.5 * Math.log(Math.max(e.n, 1))))
      };
      if (!e.symmetric) attrs['marker-end'] = 'url(#arrow-' + e.polarity + ')';
      svgEl('path', attrs, g);
      var hit = svgEl('path', { 'class': 'hit', d: geo.d }, g);
      var t = svgEl('text', { 'class': 'elabel', x: num(geo.mx), y: num(geo.my - 3), fill: polColour(e.polarity) }, g);
      t.textContent = e.relation.replace(/_/g, ' ') + ' (' + e.n + ')';
      svgEl('title', {}, hit).textContent = nodes[e.s].name + ' ' + e.label + ' ' + nodes[e.t].name + ' (' + e.n + ')';
      e.g = g;
      hit.addEventListener('click', function (ev) { ev.stopPropagation(); showEdge(e); });
      hit.addEventListener('mouseenter', function () { highlightEdge(e); });
      hit.addEventListener('mouseleave', unhighlight);
    });

    // The strongest edges (most evidence) carry their label from the start: all of them in
    // a small graph, the top tenth (15 to 40) in a larger one.
    var strongCount = edges.length <= 25 ? edges.length : Math.min(40, Math.max(15, Math.round(edges.length / 10)));
    edges.slice().sort(function (a, b) { return b.n - a.n || a.i - b.i; }).slice(0, strongCount)
      .forEach(function (e) { e.strong = true; e.g.classList.add('strong'); });

    var byDegree = nodes.slice().sort(function (a, b) { return b.degree - a.degree || a.i - b.i; });
    var major = {};
    byDegree.slice(0, nodes.length <= 80 ? nodes.length : 40).forEach(function (n) { major[n.i] = true; });
    nodes.forEach(function (n) {
      var g = svgEl('g', { 'class': 'node', 'data-id': n.id }, nodeLayer);
      svgEl('circle', { cx: n.x, cy: n.y, r: num(n.r), fill: data.kinds[n.kind] || '#d9d9d9' }, g);
      svgEl('title', {}, g).textContent = n.name + ' (' + n.id + ')';
      var t = svgEl('text', { 'class': 'nlabel' + (major[n.i] ? '' : ' minor'), x: n.x, y: num(n.y + n.r + 11) }, labelLayer);
      t.textContent = n.name;
      n.g = g;
      n.label = t;
      g.addEventListener('click', function (ev) { ev.stopPropagation(); showNode(n); });
      g.addEventListener('mouseenter', function () { highlightNode(n); });
      g.addEventListener('mouseleave', unhighlight);
    });

    svg.classList.add('measuring');
    nodes.forEach(function (n) { n.lbox = box(n.label); });
    edges.forEach(function (e) { e.lbox = box(e.g.querySelector('.elabel')); });
    svg.classList.remove('measuring');

    buildFilters();
    buildLegend();
    applyFilters();
    fit();
  }

  /* ---- pan and zoom ---- */
  var tf = { x: 0, y: 0, k: 1 };
  function apply() {
    view.setAttribute('transform', 'translate(' + num(tf.x) + ',' + num(tf.y) + ') scale(' + Math.round(tf.k * 1000) / 1000 + ')');
    svg.classList.toggle('zoomed', tf.k >= 1.6);
    svg.classList.toggle('zoomed2', tf.k >= 2.5);
  }
  function size() {
    var r = svg.getBoundingClientRect();
    return { w: r.width || 1000, h: r.height || 700, left: r.left, top: r.top };
  }
  // Fits the shown entities in the view, with every label that can be shown at the scale
  // it picks (node labels, minor ones included, and the labels of the shown edges).
  function fit() {
    var shown = nodes.filter(function (n) { return n.visible; });
    if (!shown.length) shown = nodes;
    if (!shown.length) return;
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    function take(b) {
      x0 = Math.min(x0, b.x0); x1 = Math.max(x1, b.x1);
      y0 = Math.min(y0, b.y0); y1 = Math.max(y1, b.y1);
    }
    shown.forEach(function (n) {
      take({ x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r });
      take(n.lbox);
    });
    edges.forEach(function (e) { if (e.visible) take(e.lbox); });
    var s = size(), pad = 30;
    var right = live && !$('details').hidden ? $('details').getBoundingClientRect().width : 0;
    tf.k = Math.min((s.w - right - 2 * pad) / Math.max(x1 - x0, 1), (s.h - 2 * pad) / Math.max(y1 - y0, 1), live ? 1.5 : 2.5);
    tf.x = (s.w - right) / 2 - tf.k * (x0 + x1) / 2;
    tf.y = s.h / 2 - tf.k * (y0 + y1) / 2;
    apply();
  }
  function zoomAt(px, py, f) {
    var k = Math.max(0.05, Math.min(20, tf.k * f));
    f = k / tf.k;
    tf.x = px - (px - tf.x) * f;
    tf.y = py - (py - tf.y) * f;
    tf.k = k;
    apply();
  }
  function centreOn(n) {
    var s = size();
    var panel = $('details').hidden ? 0 : $('details').getBoundingClientRect().width;
    tf.k = Math.max(tf.k, 1.6);
    tf.x = (s.w - panel) / 2 - tf.k * n.x;
    tf.y = s.h / 2 - tf.k * n.y;
    apply();
  }
  svg.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var s = size();
    zoomAt(ev.clientX - s.left, ev.clientY - s.top, Math.exp(-ev.deltaY * 0.0015));
  }, { passive: false });
  var drag = null;
  svg.addEventListener('pointerdown', function (ev) {
    if (ev.target.closest && ev.target.closest('.node, .hit')) return;
    drag = { x: ev.clientX, y: ev.clientY, tx: tf.x, ty: tf.y, moved: false };
    svg.classList.add('panning');
    if (svg.setPointerCapture) svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener('pointermove', function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true;
    tf.x = drag.tx + dx;
    tf.y = drag.ty + dy;
    apply();
  });
  function endDrag() {
    if (drag && !drag.moved) closeDetails();
    drag = null;
    svg.classList.remove('panning');
  }
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', endDrag);
  $('zoom-in').addEventListener('click', function () { var s = size(); zoomAt(s.w / 2, s.h / 2, 1.4); });
  $('zoom-out').addEventListener('click', function () { var s = size(); zoomAt(s.w / 2, s.h / 2, 1 / 1.4); });
  $('zoom-fit').addEventListener('click', fit);

  /* ---- hover highlighting ---- */
  function mark(n) { n.g.classList.add('hl'); n.label.classList.add('hl'); }
  function highlightNode(n) {
    svg.classList.add('hovering');
    mark(n);
    n.edges.forEach(function (e) {
      if (!e.visible) return;
      e.g.classList.add('hl');
      mark(nodes[e.s === n.i ? e.t : e.s]);
    });
  }
  function highlightEdge(e) {
    svg.classList.add('hovering');
    e.g.classList.add('hl');
    mark(nodes[e.s]);
    mark(nodes[e.t]);
  }
  function unhighlight() {
    svg.classList.remove('hovering');
    Array.prototype.forEach.call(svg.querySelectorAll('.hl'), function (x) { x.classList.remove('hl'); });
  }

  /* ---- filters (a relation or polarity switched off stays off across new graphs) ---- */
  var relOn = {}, polOn = {};
  var relBox = $('relations');
  var polBox = $('polarities');
  Object.keys(data.polarities).forEach(function (p) { polOn[p] = true; });
  function buildFilters() {
    var relCount = {};
    edges.forEach(function (e) { relCount[e.relation] = (relCount[e.relation] || 0) + 1; });
    var relNames = Object.keys(relCount).sort(function (a, b) { return relCount[b] - relCount[a] || (a < b ? -1 : 1); });
    relBox.textContent = '';
    relNames.forEach(function (r) {
      if (!(r in relOn)) relOn[r] = true;
      var lab = h('label', null, null, relBox);
      var cb = h('input', null, null, lab);
      cb.type = 'checkbox'; cb.checked = relOn[r]; cb.value = r;
      cb.addEventListener('change', function () { relOn[r] = cb.checked; applyFilters(); });
      h('span', r.replace(/_/g, ' '), null, lab);
      h('span', '(' + relCount[r] + ')', 'muted', lab);
    });
    polBox.textContent = '';
    Object.keys(data.polarities).forEach(function (p) {
      var n = edges.filter(function (e) { return e.polarity === p; }).length;
      var lab = h('label', null, null, polBox);
      var cb = h('input', null, null, lab);
      cb.type = 'checkbox'; cb.checked = polOn[p]; cb.value = p;
      cb.addEventListener('change', function () { polOn[p] = cb.checked; applyFilters(); });
      h('span', null, 'swatch', lab).style.background = polColour(p);
      h('span', p, null, lab);
      h('span', '(' + n + ')', 'muted', lab);
    });
    var dates = [];
    edges.forEach(function (e) { e.ev.forEach(function (x) { if (x.date) dates.push(x.date); }); });
    dates.sort();
    if (dates.length) {
      $('since').placeholder = dates[0];
      $('until').placeholder = dates[dates.length - 1];
    }
  }
  function setAllRelations(on) {
    Array.prototype.forEach.call(relBox.querySelectorAll('input'), function (cb) { cb.checked = on; relOn[cb.value] = on; });
    applyFilters();
  }
  $('rel-all').addEventListener('click', function () { setAllRelations(true); });
  $('rel-none').addEventListener('click', function () { setAllRelations(false); });
  ['since', 'until'].forEach(function (id) { $(id).addEventListener('input', applyFilters); });
  // YYYY, YYYY-MM or YYYY-MM-DD, and a real date: months 01 to 12, days up to the month's
  // length (29 February in leap years only), as on the command line.
  function validDate(s) {
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
    if (!m) return false;
    var y = +m[1], mo = m[2] === undefined ? 1 : +m[2], d = m[3] === undefined ? 1 : +m[3];
    var leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    var days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
  }
  function edgeVisible(e, since, until) {
    if (!relOn[e.relation] || !polOn[e.polarity]) return false;
    if (!since && !until) return true;
    return e.ev.some(function (x) {
      var d = x.date;
      if (!d) return false;
      if (since && d < since) return false;
      if (until && d.slice(0, until.length) > until) return false;
      return true;
    });
  }
  function dateRange() {
    var since = $('since').value.trim(), until = $('until').value.trim();
    return { since: validDate(since) ? since : '', until: validDate(until) ? until : '' };
  }
  function applyFilters() {
    var since = $('since').value.trim(), until = $('until').value.trim();
    $('since').style.borderColor = since && !validDate(since) ? '#d73027' : '';
    $('until').style.borderColor = until && !validDate(until) ? '#d73027' : '';
    if (!validDate(since)) since = '';
    if (!validDate(until)) until = '';
    var shownEdges = 0, shownNodes = 0;
    edges.forEach(function (e) {
      e.visible = edgeVisible(e, since, until);
      e.g.classList.toggle('hidden', !e.visible);
      if (e.visible) shownEdges++;
    });
    nodes.forEach(function (n) {
      n.visible = n.edges.some(function (e) { return e.visible; });
      n.g.classList.toggle('hidden', !n.visible);
      n.label.classList.toggle('hidden', !n.visible);
      if (n.visible) shownNodes++;
    });
    $('status').textContent = shownNodes + ' of ' + nodes.length + ' entities, ' + shownEdges + ' of ' + edges.length + ' relations shown';
    if (selected && !selected.visible) closeDetails();
  }

  /* ---- search ---- */
  var matches = [];
  function search(q) {
    matches.forEach(function (n) { n.g.classList.remove('match'); n.label.classList.remove('match'); });
    var results = $('results');
    if (!live) results.textContent = '';
    q = norm(q.trim());
    if (!q) { matches = []; svg.classList.remove('searching'); return matches; }
    var terms = q.split(/\s+/);
    matches = nodes.filter(function (n) {
      return terms.every(function (t) { return n.key.indexOf(t) >= 0; });
    });
    matches.sort(function (a, b) {
      var ra = norm(a.name) === q ? 0 : norm(a.name).indexOf(q) === 0 ? 1 : 2;
      var rb = norm(b.name) === q ? 0 : norm(b.name).indexOf(q) === 0 ? 1 : 2;
      return ra - rb || b.degree - a.degree || a.i - b.i;
    });
    if (matches.length || !live) svg.classList.add('searching');
    else svg.classList.remove('searching');
    matches.forEach(function (n) { n.g.classList.add('match'); n.label.classList.add('match'); });
    if (live) return matches;
    matches.slice(0, 30).forEach(function (n) {
      var li = h('li', null, null, results);
      h('span', n.name + ' ', null, li);
      h('span', n.kind + (n.visible ? '' : ', filtered out'), 'kind', li);
      li.addEventListener('click', function () { centreOn(n); showNode(n); });
    });
    if (!matches.length) h('li', 'no entity matches', 'muted', results);
    else if (matches.length > 30) h('li', '… ' + (matches.length - 30) + ' more', 'muted', results);
    return matches;
  }
  var searchTimer = null;
  $('search').addEventListener('input', function () {
    search($('search').value);
    if (live) {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(function () { searchServer($('search').value); }, 200);
    }
  });
  $('search').addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') {
      if (live && found.length) explore(found[0].id);
      else if (matches.length) { centreOn(matches[0]); showNode(matches[0]); }
    }
    if (ev.key === 'Escape') { $('search').value = ''; search(''); if (live) searchServer(''); }
  });

  /* ---- details panel ---- */
  var selected = null;
  function clearSelection() {
    Array.prototype.forEach.call(svg.querySelectorAll('.sel'), function (x) { x.classList.remove('sel'); });
  }
  function openDetails(title) {
    clearSelection();
    $('details').hidden = false;
    $('details-title').textContent = title;
    var body = $('details-body');
    body.textContent = '';
    return body;
  }
  function closeDetails() {
    clearSelection();
    selected = null;
    $('details').hidden = true;
  }
  $('details-close').addEventListener('click', closeDetails);
  function arrowText(e) {
    var rel = e.relation.replace(/_/g, ' ');
    return nodes[e.s].name + (e.symmetric ? ' — ' + rel + ' — ' : ' — ' + rel + ' → ') + nodes[e.t].name;
  }
  function safeUrl(u) { return /^https?:\/\//i.test(u || '') ? u : null; }
  // One evidence sentence as a list item: the sentence, then where it is from.
  function evidenceItem(list, x) {
    var li = h('li', null, null, list);
    h('blockquote', x.text, null, li);
    var src = h('div', null, 'muted', li);
    var parts = [];
    if (x.date) parts.push(x.date);
    if (x.source) parts.push(x.source);
    parts.push(x.article + ', sentence ' + (x.sentence + 1) + ', bytes ' + x.start + '–' + x.end);
    if (x.modality !== 'asserted') parts.push(x.modality);
    if (x.claimed_by) parts.push('according to ' + x.claimed_by);
    parts.push('confidence ' + x.confidence);
    h('span', parts.join(' · '), null, src);
    if (x.title) {
      src.appendChild(document.createTextNode(' · '));
      var url = safeUrl(x.url);
      if (url) {
        var a = h('a', x.title, null, src);
        a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer';
      } else {
        h('span', '“' + x.title + '”', null, src);
      }
    }
    return li;
  }
  function showEdge(e) {
    selected = e;
    var body = openDetails(arrowText(e));
    e.g.classList.add('sel');
    [nodes[e.s], nodes[e.t]].forEach(function (n) {
      n.g.classList.add('sel');
      n.label.classList.add('sel');
    });
    var meta = h('p', null, null, body);
    h('span', null, 'swatch', meta).style.background = polColour(e.polarity);
    var mods = Object.keys(e.modalities).filter(function (m) { return e.modalities[m]; })
      .map(function (m) { return e.modalities[m] + ' ' + m; }).join(', ');
    var span = e.first ? (e.first === e.last ? e.first : e.first + ' to ' + e.last) : 'undated';
    h('span', ' ' + e.polarity + (e.plover ? ', ' + e.plover : '') + '; ' + e.n + ' evidence (' + mods + '); ' + span, null, meta);
    h('h4', 'Evidence', null, body);
    var list = h('ul', null, 'evidence', body);
    e.ev.forEach(function (x) { evidenceItem(list, x); });
  }
  function showNode(n) {
    selected = n;
    var body = openDetails(n.name);
    n.g.classList.add('sel');
    n.label.classList.add('sel');
    h('p', n.kind + (n.country ? ', ' + n.country : '') + (n.verified === false ? ', not in the lexicon' : '') + ' · ' + n.id + ' · ' + n.degree + ' neighbours, ' + n.evidence + ' evidence', 'muted', body);
    if (live) {
      var acts = h('p', null, 'actions', body);
      var ex = h('button', 'Expand neighbours', null, acts);
      ex.id = 'expand';
      ex.addEventListener('click', function () { expand(n.id); });
      var from = h('button', 'Connect from here', null, acts);
      from.addEventListener('click', function () { $('from').value = n.name; $('to').focus(); });
    }
    h('h4', 'Relations', null, body);
    var list = h('ul', null, 'rels', body);
    n.edges.filter(function (e) { return e.visible; }).forEach(function (e) {
      var b = h('button', arrowText(e) + ' (' + e.n + ')', null, h('li', null, null, list));
      b.style.borderLeft = '4px solid ' + polColour(e.polarity);
      b.addEventListener('click', function () { showEdge(e); });
    });
  }

  /* ---- legend ---- */
  function buildLegend() {
    var present = {};
    nodes.forEach(function (n) { present[n.kind] = (present[n.kind] || 0) + 1; });
    $('legend').textContent = '';
    Object.keys(data.kinds).forEach(function (k) {
      if (!present[k]) return;
      var d = h('div', null, null, $('legend'));
      h('span', null, 'dot', d).style.background = data.kinds[k];
      h('span', k + ' (' + present[k] + ')', null, d);
    });
  }

  /* ---- live: the server's API ---- */
  var found = [];
  var NEIGHBOURS = 15;
  function query(params) {
    return Object.keys(params).filter(function (k) { return params[k] !== '' && params[k] !== null && params[k] !== undefined; })
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); }).join('&');
  }
  // The server-side filters of the sidebar: the dates, and a polarity when only one is on.
  function filterParams(p) {
    var r = dateRange();
    p.since = r.since;
    p.until = r.until;
    var on = Object.keys(polOn).filter(function (k) { return polOn[k]; });
    if (on.length === 1) p.polarity = on[0];
    return p;
  }
  function api(path, params) {
    return fetch(path + '?' + query(params), { headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
          return body;
        });
      });
  }
  function say(text) { $('status').textContent = text; }
  function fail(err) { say(err.message); return null; }
  function searchServer(q) {
    var results = $('results');
    q = q.trim();
    if (!q) { results.textContent = ''; found = []; return Promise.resolve([]); }
    return api('/api/search', { q: q, limit: 20 }).then(function (body) {
      if ($('search').value.trim() !== q && !selftesting) return found;
      results.textContent = '';
      found = body.entities;
      found.forEach(function (e) {
        var li = h('li', null, null, results);
        h('span', e.name + ' ', null, li);
        h('span', e.kind + ' · ' + e.id + ' · ' + e.edges + ' edges', 'kind', li);
        li.addEventListener('click', function () { explore(e.id); });
      });
      if (!found.length) h('li', 'no entity starts with that', 'muted', results);
      return found;
    }, fail);
  }
  var shownIds = {};
  // Draws the graph among `ids` (an object used as a set), as /api/graph lays it out.
  function showGraph(ids) {
    var list = Object.keys(ids);
    return api('/api/graph', filterParams({ ids: list.join(',') })).then(function (d) {
      shownIds = ids;
      closeDetails();
      load(d);
      if (d.truncated) say($('status').textContent + ' (evidence cut at the server\u2019s limit)');
      return d;
    });
  }
  function nodeById(id) {
    for (var i = 0; i < nodes.length; i++) if (nodes[i].id === id) return nodes[i];
    return null;
  }
  function neighbourIds(id, into) {
    return api('/api/neighbors', filterParams({ entity: id, limit: NEIGHBOURS })).then(function (a) {
      into[a.entity.id] = true;
      a.neighbors.forEach(function (x) { into[x.entity.id] = true; });
      return a;
    });
  }
  // A found entity with its neighbours, on a fresh view.
  function explore(id) {
    var ids = {};
    return neighbourIds(id, ids).then(function (a) {
      return showGraph(ids).then(function () {
        var n = nodeById(a.entity.id);
        if (n) { showNode(n); fit(); }
        else say(a.entity.name + ' has no relations under these filters');
        return a;
      });
    }).catch(fail);
  }
  // Adds an entity's neighbours to the view.
  function expand(id) {
    var ids = {};
    Object.keys(shownIds).forEach(function (k) { ids[k] = true; });
    return neighbourIds(id, ids).then(function (a) {
      return showGraph(ids).then(function () {
        var n = nodeById(id);
        if (n) { showNode(n); fit(); }
        return a;
      });
    }).catch(fail);
  }
  function sameEdge(e, hop) {
    var s = nodes[e.s].id, t = nodes[e.t].id;
    return e.relation === hop.relation &&
      ((s === hop.subject && t === hop.object) || (e.symmetric && s === hop.object && t === hop.subject));
  }
  // "How are A and B connected": the best paths, drawn, and listed with their sentences.
  function connect() {
    var a = $('from').value.trim(), b = $('to').value.trim();
    if (!a || !b) { say('name two entities to connect'); return Promise.resolve(null); }
    say('searching paths…');
    return api('/api/path', filterParams({ from: a, to: b, k: 3, max_hops: 4 })).then(function (ans) {
      var ids = {};
      ans.paths.forEach(function (p) { p.nodes.forEach(function (n) { ids[n.id] = true; }); });
      if (!ans.paths.length) {
        var body = openDetails(ans.from.name + ' and ' + ans.to.name);
        h('p', ans.message || 'not connected', null, body);
        say(ans.message || 'not connected');
        return ans;
      }
      return showGraph(ids).then(function () {
        var body = openDetails(ans.from.name + ' → ' + ans.to.name + ': ' + ans.paths.length + ' path(s)');
        ans.paths.forEach(function (p) {
          var sec = h('div', null, 'path', body);
          h('h4', p.rank + '. ' + p.nodes.map(function (n) { return n.name; }).join(' — ') + '  (cost ' + p.cost + ')', null, sec);
          var list = h('ul', null, 'evidence', sec);
          p.hops.forEach(function (hop) {
            edges.forEach(function (e) { if (sameEdge(e, hop)) e.g.classList.add('onpath'); });
            var names = {};
            p.nodes.forEach(function (n) { names[n.id] = n.name; });
            var rel = hop.relation.replace(/_/g, ' ');
            var arrow = hop.direction === 'forward' ? names[hop.from] + ' — ' + rel + ' → ' + names[hop.to]
              : hop.direction === 'backward' ? names[hop.from] + ' ← ' + rel + ' — ' + names[hop.to]
                : names[hop.from] + ' — ' + rel + ' — ' + names[hop.to];
            var dates = hop.first_date ? (hop.first_date === hop.last_date ? hop.first_date : hop.first_date + ' to ' + hop.last_date) : 'undated';
            h('div', arrow + ' · ' + hop.evidence_count + ' evidence · ' + dates, 'hop', list);
            if (hop.evidence) evidenceItem(list, hop.evidence);
          });
        });
        fit();
        return ans;
      });
    }).catch(fail);
  }

  var selftesting = /^#selftest/.test(location.hash);
  if (live) {
    $('connect').addEventListener('click', connect);
    ['from', 'to'].forEach(function (id) {
      $(id).addEventListener('keydown', function (ev) { if (ev.key === 'Enter') connect(); });
    });
    say('search an entity, or name two to connect');
  }

  load(data);
  if (live) say('search an entity, or name two to connect');

  /* ---- self-test: #selftest or #selftest=NAME ---- */
  function selftest() {
    var m = /^#selftest(?:=(.*))?$/.exec(location.hash);
    if (!m) return;
    var q = m[1] ? decodeURIComponent(m[1]) : 'Iran';
    var out = { nodes: nodes.length, edges: edges.length };
    out.nodes_rendered = document.querySelectorAll('#nodes .node circle').length;
    out.edges_rendered = document.querySelectorAll('#edges .edge .line').length;
    out.labels_rendered = document.querySelectorAll('#labels .nlabel').length;
    // The polarity filter hides and restores edges.
    var cb = $('polarities').querySelector('input');
    if (cb) {
      cb.checked = false; cb.dispatchEvent(new Event('change'));
      out.filtered_edges = edges.filter(function (e) { return e.visible; }).length;
      cb.checked = true; cb.dispatchEvent(new Event('change'));
      out.restored_edges = edges.filter(function (e) { return e.visible; }).length;
    }
    var box = $('search');
    box.value = q;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    out.query = q;
    out.matches = matches.map(function (n) { return n.name; });
    out.results = Array.prototype.map.call(document.querySelectorAll('#results li'), function (li) { return li.textContent; });
    var target = null;
    matches.some(function (n) {
      target = n.edges.filter(function (e) { return e.visible; })[0] || null;
      return !!target;
    });
    if (!target) target = edges[0] || null;
    if (target) {
      var hit = target.g.querySelector('.hit');
      hit.dispatchEvent(new MouseEvent('mouseenter'));
      out.highlighted = svg.querySelectorAll('.node.hl').length;
      hit.dispatchEvent(new MouseEvent('mouseleave'));
      hit.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      out.clicked = target.id;
      centreOn({ x: (nodes[target.s].x + nodes[target.t].x) / 2, y: (nodes[target.s].y + nodes[target.t].y) / 2 });
    }
    out.details_visible = !$('details').hidden;
    out.details_title = $('details-title').textContent;
    var items = document.querySelectorAll('#details .evidence li');
    out.evidence_shown = items.length;
    out.evidence_expected = target ? target.ev.length : 0;
    out.first_evidence = items.length ? items[0].querySelector('blockquote').textContent : null;
    out.first_source = items.length ? items[0].querySelector('.muted').textContent : null;
    out.ok = out.nodes_rendered === nodes.length && out.edges_rendered === edges.length &&
      out.matches.length > 0 && out.evidence_shown > 0 && out.evidence_shown === out.evidence_expected;
    var pre = h('pre', JSON.stringify(out), null, document.body);
    pre.id = 'selftest';
  }

  /* ---- live self-test: #selftest-live=A|B searches A through the server, draws it with
   * its neighbours, expands a neighbour (C, an id, when #selftest-live=A|B|C), then asks how
   * A and B are connected. ---- */
  function drawnIds() { return nodes.map(function (n) { return n.id; }).sort(); }
  function selftestLive() {
    var m = /^#selftest-live=(.*)$/.exec(location.hash);
    if (!m) return;
    var names = decodeURIComponent(m[1]).split('|');
    var out = { from: names[0], to: names[1] };
    var box = $('search');
    box.value = names[0];
    search(names[0]);
    searchServer(names[0]).then(function (list) {
      out.search_results = Array.prototype.map.call(document.querySelectorAll('#results li'), function (li) { return li.textContent; });
      out.found = list.map(function (e) { return e.id; });
      // a click on the first result draws it with its neighbours
      var li = document.querySelector('#results li');
      li.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return waitFor(function () { return nodes.length > 0 && !$('details').hidden; });
    }).then(function () {
      out.explored = drawnIds();
      out.explored_edges = edges.length;
      out.explored_rendered = document.querySelectorAll('#nodes .node circle').length;
      out.details_title = $('details-title').textContent;
      // expand the entity named third in the hash (an id), else the drawn neighbour with
      // the most relations in the view
      var first = out.found[0];
      var other = names[2] ? nodeById(names[2]) : nodes.filter(function (n) { return n.id !== first; })
        .sort(function (a, b) { return b.degree - a.degree || (a.id < b.id ? -1 : 1); })[0];
      out.expanded = other ? other.id : null;
      if (!other) return null;
      showNode(other);
      var before = loads;
      $('expand').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return waitFor(function () { return loads > before && !$('details').hidden; });
    }).then(function () {
      out.after_expand = drawnIds();
      $('from').value = names[0];
      $('to').value = names[1];
      $('connect').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return waitFor(function () { return document.querySelectorAll('#details .path').length > 0; });
    }).then(function () {
      var paths = document.querySelectorAll('#details .path');
      out.paths_shown = paths.length;
      out.path_titles = Array.prototype.map.call(paths, function (p) { return p.querySelector('h4').textContent; });
      out.path_sentences = Array.prototype.map.call(document.querySelectorAll('#details .path blockquote'), function (b) { return b.textContent; });
      out.path_drawn = drawnIds();
      out.onpath_edges = svg.querySelectorAll('.edge.onpath').length;
      out.rendered = document.querySelectorAll('#nodes .node circle').length;
    }).catch(function (e) { out.error = String(e && e.message || e); }).then(function () {
      out.status = $('status').textContent;
      var pre = h('pre', JSON.stringify(out), null, document.body);
      pre.id = 'selftest';
    });
  }
  // Resolves when `cond` holds, checking every 20 ms, or rejects after `ms` (4 s).
  function waitFor(cond, ms) {
    var limit = Date.now() + (ms || 4000);
    return new Promise(function (resolve, reject) {
      (function check() {
        if (cond()) return resolve();
        if (Date.now() > limit) return reject(new Error('timed out: ' + $('status').textContent));
        setTimeout(check, 20);
      })();
    });
  }
  selftest();
  selftestLive();
})();
