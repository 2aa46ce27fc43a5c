/* geokg interactive graph page. Written for geokg; no libraries, no network.
 * Reads the graph embedded in #geokg-data (positions computed by geokg), draws it as SVG,
 * and adds pan and zoom, search, filters by relation, polarity and date, hover
 * highlighting, and a details panel (an edge's evidence sentences with their sources).
 * With the URL hash #selftest (or #selftest=NAME) it searches, clicks the first matching
 * edge and writes what it saw as JSON into a pre element #selftest, for automated checks. */
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var data = JSON.parse(document.getElementById('geokg-data').textContent);
  var nodes = data.nodes;
  var edges = data.edges;
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

  /* ---- the model ---- */
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

  /* ---- drawing ---- */
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

  // The boxes of all labels, in graph coordinates, measured once with every label shown,
  // so that fit() can keep whichever of them are shown inside the view.
  svg.classList.add('measuring');
  function box(el) {
    var b = el.getBBox();
    return { x0: b.x - 2, y0: b.y - 2, x1: b.x + b.width + 2, y1: b.y + b.height + 2 };
  }
  nodes.forEach(function (n) { n.lbox = box(n.label); });
  edges.forEach(function (e) { e.lbox = box(e.g.querySelector('.elabel')); });
  svg.classList.remove('measuring');

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
    tf.k = Math.min((s.w - 2 * pad) / Math.max(x1 - x0, 1), (s.h - 2 * pad) / Math.max(y1 - y0, 1), 2.5);
    tf.x = s.w / 2 - tf.k * (x0 + x1) / 2;
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

  /* ---- filters ---- */
  var relOn = {}, polOn = {};
  var relCount = {};
  edges.forEach(function (e) { relCount[e.relation] = (relCount[e.relation] || 0) + 1; });
  var relNames = Object.keys(relCount).sort(function (a, b) { return relCount[b] - relCount[a] || (a < b ? -1 : 1); });
  var relBox = $('relations');
  relNames.forEach(function (r) {
    relOn[r] = true;
    var lab = h('label', null, null, relBox);
    var cb = h('input', null, null, lab);
    cb.type = 'checkbox'; cb.checked = true; cb.value = r;
    cb.addEventListener('change', function () { relOn[r] = cb.checked; applyFilters(); });
    h('span', r.replace(/_/g, ' '), null, lab);
    h('span', '(' + relCount[r] + ')', 'muted', lab);
  });
  function setAllRelations(on) {
    Array.prototype.forEach.call(relBox.querySelectorAll('input'), function (cb) { cb.checked = on; relOn[cb.value] = on; });
    applyFilters();
  }
  $('rel-all').addEventListener('click', function () { setAllRelations(true); });
  $('rel-none').addEventListener('click', function () { setAllRelations(false); });
  var polBox = $('polarities');
  Object.keys(data.polarities).forEach(function (p) {
    polOn[p] = true;
    var n = edges.filter(function (e) { return e.polarity === p; }).length;
    var lab = h('label', null, null, polBox);
    var cb = h('input', null, null, lab);
    cb.type = 'checkbox'; cb.checked = true; cb.value = p;
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
    results.textContent = '';
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
    svg.classList.add('searching');
    matches.forEach(function (n) { n.g.classList.add('match'); n.label.classList.add('match'); });
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
  $('search').addEventListener('input', function () { search($('search').value); });
  $('search').addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && matches.length) { centreOn(matches[0]); showNode(matches[0]); }
    if (ev.key === 'Escape') { $('search').value = ''; search(''); }
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
    e.ev.forEach(function (x) {
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
    });
  }
  function showNode(n) {
    selected = n;
    var body = openDetails(n.name);
    n.g.classList.add('sel');
    n.label.classList.add('sel');
    h('p', n.kind + (n.country ? ', ' + n.country : '') + ' · ' + n.id + ' · ' + n.degree + ' neighbours, ' + n.evidence + ' evidence', 'muted', body);
    h('h4', 'Relations', null, body);
    var list = h('ul', null, 'rels', body);
    n.edges.filter(function (e) { return e.visible; }).forEach(function (e) {
      var b = h('button', arrowText(e) + ' (' + e.n + ')', null, h('li', null, null, list));
      b.style.borderLeft = '4px solid ' + polColour(e.polarity);
      b.addEventListener('click', function () { showEdge(e); });
    });
  }

  /* ---- legend ---- */
  var present = {};
  nodes.forEach(function (n) { present[n.kind] = (present[n.kind] || 0) + 1; });
  Object.keys(data.kinds).forEach(function (k) {
    if (!present[k]) return;
    var d = h('div', null, null, $('legend'));
    h('span', null, 'dot', d).style.background = data.kinds[k];
    h('span', k + ' (' + present[k] + ')', null, d);
  });

  applyFilters();
  fit();

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
  selftest();
})();
