// echotrace web UI: a hash-routed single page over the server's JSON API (/openapi.json describes it). Plain
// JavaScript, no framework, nothing loaded from elsewhere: the page's Content-Security-Policy allows only this file
// and app.css. Everything that comes from the store goes into the page as text (textContent, createTextNode) or as
// attribute values set through setAttribute on class, title, id, data-* and href, where every href is a '#/...' route
// built here with encodeURIComponent: never as markup. A stored URL is shown as text, not as a link.
//
// Routes: #/ (search and an overview), #/search?q=TEXT or ?url=URL, #/article?id=ID, #/pair?a=ID&b=ID[&type=T],
// #/story?id=ID, #/outlet?name=NAME, #/articles?outlet=&language=&from=&to=&offset=, #/stories?offset=,
// #/outlets?offset=, #/edits?offset=.
(function () {
  'use strict';

  var PAGE = 20;
  /** Family graphs fetch each member; a family larger than this is drawn from its first members only. */
  var MAX_GRAPH = 40;
  var SVGNS = 'http://www.w3.org/2000/svg';
  var COLOURS = 8;
  var view = document.getElementById('view');

  // ---- DOM helpers --------------------------------------------------------------------------------------------

  /** An element with attributes (set with setAttribute) and children (strings become text nodes; null is skipped). */
  function el(tag, attrs) {
    var e = document.createElement(tag);
    setAttrs(e, attrs);
    for (var i = 2; i < arguments.length; i++) append(e, arguments[i]);
    return e;
  }

  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    setAttrs(e, attrs);
    for (var i = 2; i < arguments.length; i++) append(e, arguments[i]);
    return e;
  }

  function setAttrs(e, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) e.setAttribute(k, String(attrs[k]));
    });
  }

  function append(parent, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(parent, c); }); return; }
    parent.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
  }

  /** A link to a route of this page: the only kind of href the page makes. */
  function route(name, params) {
    var q = Object.keys(params || {}).filter(function (k) {
      return params[k] !== null && params[k] !== undefined && params[k] !== '';
    }).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); }).join('&');
    return '#/' + name + (q ? '?' + q : '');
  }

  function link(name, params, text, cls) {
    return el('a', {href: route(name, params), 'class': cls}, text);
  }

  function articleLink(id, text) {
    return link('article', {id: id}, text || id);
  }

  function outletLink(name) {
    return name ? link('outlet', {name: name}, name) : el('span', {'class': 'muted'}, 'unknown outlet');
  }

  function kind(type) {
    return el('span', {'class': 'kind k-' + String(type).replace(/[^a-z-]/g, '')}, type);
  }

  function percent(x) {
    return typeof x === 'number' ? Math.round(x * 100) + '%' : '';
  }

  /** A date as the day and time it names (the stored ISO text kept as the tooltip), or 'undated'. */
  function date(s) {
    if (!s) return el('span', {'class': 'date'}, 'undated');
    var m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(s);
    return el('span', {'class': 'date', title: s}, m ? m[1] + (m[2] ? ' ' + m[2] : '') : s);
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function show() {
    clear(view);
    for (var i = 0; i < arguments.length; i++) append(view, arguments[i]);
  }

  function failure(err) {
    return el('p', {'class': 'error', role: 'alert'}, String(err && err.message ? err.message : err));
  }

  function loading() {
    return el('p', {'class': 'muted loading'}, 'Loading…');
  }

  // ---- API ----------------------------------------------------------------------------------------------------

  /** GETs an API path with query parameters; rejects with the server's error message. */
  function api(path, params) {
    var q = Object.keys(params || {}).filter(function (k) {
      return params[k] !== null && params[k] !== undefined && params[k] !== '';
    }).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); }).join('&');
    return fetch('api/' + path + (q ? '?' + q : ''), {headers: {Accept: 'application/json'}})
      .then(function (r) {
        return r.json().catch(function () { return {error: 'HTTP ' + r.status}; }).then(function (body) {
          if (!r.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + r.status);
          return body;
        });
      });
  }

  var articleCache = {};

  /** An article, fetched once per page load (the graph and the pair views ask for the same ones). */
  function article(id) {
    if (!articleCache[id]) {
      articleCache[id] = api('article', {id: id});
      articleCache[id].catch(function () { delete articleCache[id]; });
    }
    return articleCache[id];
  }

  // ---- router -------------------------------------------------------------------------------------------------

  var routes = {
    '': home, search: searchPage, article: articlePage, pair: pairPage, story: storyPage, outlet: outletPage,
    articles: articlesPage, stories: storiesPage, outlets: outletsPage, edits: editsPage
  };
  var generation = 0;

  function parse(hash) {
    var h = hash.replace(/^#\/?/, ''), at = h.indexOf('?');
    var name = at < 0 ? h : h.slice(0, at), params = {};
    if (at >= 0) {
      h.slice(at + 1).split('&').forEach(function (kv) {
        if (!kv) return;
        var eq = kv.indexOf('=');
        var k = eq < 0 ? kv : kv.slice(0, eq), v = eq < 0 ? '' : kv.slice(eq + 1);
        try {
          params[decodeURIComponent(k)] = decodeURIComponent(v.replace(/\+/g, ' '));
        } catch (e) {
          params[k] = v;
        }
      });
    }
    return {name: name, params: params};
  }

  function dispatch() {
    var r = parse(location.hash), page = routes[r.name];
    var mine = ++generation;
    document.body.setAttribute('data-route', r.name || 'home');
    document.body.setAttribute('data-state', 'loading');
    if (!page) { show(el('h2', null, 'No such page'), el('p', null, link('', {}, 'Back to search'))); done(mine); return; }
    show(loading());
    Promise.resolve().then(function () { return page(r.params, function () { return mine === generation; }); })
      .catch(function (err) { if (mine === generation) show(failure(err)); })
      .then(function () { done(mine); });
  }

  /** Marks the page settled (tests and screen readers wait for it). */
  function done(mine) {
    if (mine === generation) document.body.setAttribute('data-state', 'ready');
  }

  // ---- header: search form and store summary -----------------------------------------------------------------

  var form = document.getElementById('search'), box = document.getElementById('q');

  function looksLikeUrl(s) {
    return /^https?:\/\/\S+$/i.test(s.trim());
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = box.value.trim();
    if (!text) return;
    location.hash = looksLikeUrl(text) ? route('search', {url: text}) : route('search', {q: text});
  });

  function stats() {
    var p = document.getElementById('stats');
    api('stats').then(function (s) {
      clear(p);
      append(p, [s.articles + ' articles · ' + s.relations + ' relations · ' + s.stories + ' stories · '
          + s.outlets + ' outlets · ' + s.captures + ' captures', s.analyzed_at ? ' · analysed ' : '',
          s.analyzed_at ? date(s.analyzed_at) : null]);
      if (!s.up_to_date) append(p, el('span', {'class': 'warn'}, ' · the analysis is behind the documents (an add was interrupted)'));
    }).catch(function (err) { clear(p); append(p, failure(err)); });
  }

  // ---- pages --------------------------------------------------------------------------------------------------

  function home() {
    return api('articles', {limit: 10}).then(function (page) {
      show(el('h2', null, 'Where else does this text appear?'),
        el('p', {'class': 'hint'}, 'Paste a paragraph above (or the URL of a stored page) to list every stored '
          + 'article that holds it, verbatim, reworded or translated, with its first-seen date and its copy family. Or browse ',
          link('articles', {}, 'articles'), ', ', link('stories', {}, 'stories'), ' and ', link('outlets', {}, 'outlets'),
          '.'),
        el('h3', null, 'Newest articles'), summaryTable(page.items));
    });
  }

  function searchPage(params) {
    var byUrl = !!params.url, text = byUrl ? params.url : params.q;
    if (!text) { location.hash = '#/'; return null; }
    if (box.value.trim() !== text) box.value = text;
    var offset = Number(params.offset) || 0;
    return api('search', {q: params.q, url: params.url, offset: offset, limit: PAGE}).then(function (r) {
      var list = el('ol', {'class': 'results', start: offset + 1});
      r.results.forEach(function (h) { list.appendChild(hit(h)); });
      show(el('h2', null, r.total === 1 ? '1 article holds this text' : r.total + ' articles hold this text'),
        el('p', {'class': 'hint query'}, byUrl ? 'The text of the stored page ' : 'Searched for: ',
          el('q', {'class': 'qtext'}, text.length > 300 ? text.slice(0, 300) + '…' : text)),
        r.total === 0 ? el('p', {'class': 'muted'}, byUrl ? 'No stored page has this URL, or nothing else holds its text.'
          : 'No stored article holds this text.') : list,
        pager('search', params, offset, r.total));
    });
  }

  function hit(h) {
    var passages = el('ul', {'class': 'passages'});
    (h.passages || []).forEach(function (p) {
      passages.appendChild(el('li', null, el('span', {'class': 'sim'}, p.similarity >= 1 ? 'same words' : 'similarity '
          + p.similarity.toFixed(2)), ' ', el('span', {'class': 'snippet'}, p.text)));
    });
    var fam = null;
    if (h.family) {
      fam = el('p', {'class': 'family'}, 'Copy family of ' + h.family.members.length + ': origin ',
        h.family.origin ? articleLink(h.family.origin) : 'undecided', ' (' + h.family.origin_confidence + ')');
    }
    var judged = null;
    if (h.judged) {
      judged = el('p', {'class': 'judged'}, 'Judged by the analysis: ', kind(h.judged.type),
        h.judged.origin ? [' · origin ', articleLink(h.judged.origin)] : ' · origin undecided',
        ' (' + h.judged.origin_confidence + ')');
    }
    return el('li', {'class': 'hit'},
      el('h3', null, articleLink(h.id, h.title || h.id)),
      el('p', {'class': 'meta'}, outletLink(h.outlet), h.published ? [' · published ', date(h.published)] : ' · undated',
        ' · first seen ',
        date(h.first_seen), ' · ', kind(h.match), ' ', el('span', {'class': 'score'}, 'score ' + percent(h.score))),
      el('p', {'class': 'ids'}, h.id),
      judged, passages, fam);
  }

  function pager(name, params, offset, total, limit) {
    limit = limit || PAGE;
    var nav = el('p', {'class': 'pager'});
    function to(o) { var p = Object.assign({}, params, {offset: o}); return route(name, p); }
    if (offset > 0) nav.appendChild(el('a', {href: to(Math.max(0, offset - limit)), 'class': 'prev'}, '← previous'));
    append(nav, ' ' + (total === 0 ? 0 : offset + 1) + '–' + Math.min(total, offset + limit) + ' of ' + total + ' ');
    if (offset + limit < total) nav.appendChild(el('a', {href: to(offset + limit), 'class': 'next'}, 'next →'));
    return nav;
  }

  function summaryTable(items) {
    var body = el('tbody');
    items.forEach(function (a) {
      body.appendChild(el('tr', null, el('td', null, date(a.published)), el('td', null, articleLink(a.id, a.title || a.id),
        el('div', {'class': 'ids'}, a.id)), el('td', null, outletLink(a.outlet)), el('td', null, a.language || ''),
        el('td', null, a.story ? link('story', {id: a.story}, a.story) : '')));
    });
    return el('table', {'class': 'articles'}, el('thead', null, el('tr', null, el('th', null, 'Published'),
      el('th', null, 'Title'), el('th', null, 'Outlet'), el('th', null, 'Lang.'), el('th', null, 'Story'))), body);
  }

  // ---- article page -------------------------------------------------------------------------------------------

  function articlePage(params, current) {
    if (!params.id) throw new Error('no article id in the address');
    return article(params.id).then(function (a) {
      if (!current()) return;
      var family = el('section', {'class': 'familyfig', id: 'family'});
      var rels = el('section', {id: 'relations'}, el('h3', null, 'Relations (' + (a.relations || []).length + ')'));
      (a.relations || []).forEach(function (r, i) { rels.appendChild(pairDetails(r, i, a.id)); });
      if (!(a.relations || []).length) rels.appendChild(el('p', {'class': 'muted'}, 'No copy, rewrite or translation of this article is known.'));
      show(el('article', {'class': 'article'},
        el('h2', {id: 'title'}, a.title || a.id),
        metadata(a), origin(a), family, rels,
        el('h3', null, 'Clean text'),
        a.text ? el('div', {'class': 'text', id: 'text'}, a.text) : el('p', {'class': 'empty'}, '(no body text found)')));
      return a.family ? familyGraph(a, family, current) : append(family, el('p', {'class': 'muted'}, 'Not part of a copy family.'));
    });
  }

  function metadata(a) {
    var rows = [
      ['Outlet', outletLink(a.outlet)],
      ['Published', [date(a.published), a.published_confidence ? ' (' + a.published_confidence + ' confidence'
        + (a.published_source ? ', from ' + a.published_source : '') + ')' : '']],
      ['First seen', date(a.first_seen)],
      ['Added', date(a.added)],
      ['URL', a.url ? el('span', {'class': 'url'}, a.url) : el('span', {'class': 'muted'}, 'none')],
      ['Language', a.language || 'unknown'],
      ['Author', a.author || el('span', {'class': 'muted'}, 'not found')],
      ['Credits', (a.credits || []).length ? a.credits.join(', ') : el('span', {'class': 'muted'}, 'none')],
      ['Story', a.story ? link('story', {id: a.story}, a.story) : el('span', {'class': 'muted'}, 'none')],
      ['Captures', String(a.versions || 1)],
      ['Id', el('span', {'class': 'ids'}, a.id)]
    ];
    if (a.attribution) rows.splice(7, 0, ['Attribution', a.attribution]);
    var body = el('tbody');
    rows.forEach(function (r) { body.appendChild(el('tr', null, el('th', null, r[0]), el('td', null, r[1]))); });
    return el('table', {'class': 'meta', id: 'metadata'}, body);
  }

  /** Where the article's text comes from: its family's origin, how sure that is, and the reasons of its relations. */
  function origin(a) {
    var box = el('section', {'class': 'origin', id: 'origin'}, el('h3', null, 'Origin'));
    if (!a.family) { box.appendChild(el('p', {'class': 'muted'}, 'No copy relation: this article is its own origin as far as the store knows.')); return box; }
    var f = a.family;
    box.appendChild(el('p', null, f.origin === a.id ? 'This article is the origin of its copy family'
      : f.origin ? ['Its family\'s origin is ', articleLink(f.origin)] : 'The direction within its family is undecided',
      ' · confidence ', el('strong', {'class': 'conf conf-' + String(f.origin_confidence).replace(/[^a-z]/g, '')},
        f.origin_confidence || 'undecided'),
      ' · ' + f.members.length + ' members'));
    var reasons = el('ul', {'class': 'reasons'});
    (a.relations || []).forEach(function (r) {
      (r.origin_reasons || []).forEach(function (why) {
        reasons.appendChild(el('li', null, kind(r.type), ' ', r.a === a.id ? r.b : r.a, ': ', why));
      });
    });
    if (reasons.childNodes.length) box.appendChild(reasons);
    return box;
  }

  // ---- family graph -------------------------------------------------------------------------------------------

  /**
   * Draws the article's copy family: the origin (or, undecided, the earliest member) in the first column, each other
   * member one column right of the member it was copied from (breadth first over the relations, undirected ones
   * too), members of a column stacked by date. Edges carry their relation type; a decided direction gets an arrow.
   */
  function familyGraph(a, slot, current) {
    var members = a.family.members.slice(0, MAX_GRAPH);
    append(slot, el('h3', null, 'Copy family'), el('p', {'class': 'muted'}, 'Drawing…'));
    return Promise.all(members.map(function (id) {
      return article(id).catch(function () { return {id: id, relations: []}; });
    })).then(function (arts) {
      if (!current()) return;
      clear(slot);
      append(slot, el('h3', null, 'Copy family (' + a.family.members.length + ' articles)'));
      if (a.family.members.length > MAX_GRAPH) {
        slot.appendChild(el('p', {'class': 'hint'}, 'The first ' + MAX_GRAPH + ' members are drawn.'));
      }
      var drawn = familyEdges(arts), hidden = drawn.hidden;
      if (hidden > 0) {
        slot.appendChild(el('p', {'class': 'hint'}, hidden + ' undecided pair' + (hidden === 1 ? ' is' : 's are')
          + ' not drawn: each only repeats a link the drawing already shows (all are listed under Relations).'));
      }
      slot.appendChild(el('div', {'class': 'scroll'}, drawFamily(a, arts, drawn.edges)));
      slot.appendChild(legend());
    });
  }

  function legend() {
    var l = el('ul', {'class': 'legend'});
    ['verbatim', 'partial', 'paraphrase', 'translation'].forEach(function (k) {
      l.appendChild(el('li', null, el('span', {'class': 'eline e-' + k}), k));
    });
    l.appendChild(el('li', null, 'arrow: from origin to copy; no arrow: direction undecided'));
    return l;
  }

  /** Relation kinds that make a copy family (same-story and same-narrative links are listed, not drawn). */
  var COPY_KINDS = {verbatim: 0, partial: 1, paraphrase: 2, translation: 3};
  /** A family larger than this draws its decided copies and only the undecided pairs that join what they leave apart. */
  var ALL_EDGES_UP_TO = 8;

  /**
   * The family's copy relations as edges; in a large family the undecided pairs that only repeat a connection are
   * left out (strongest kind and score first), as in the HTML report. Returns {edges, hidden}.
   */
  function familyEdges(arts) {
    var inFamily = {}, seen = {}, edges = [];
    arts.forEach(function (m) { inFamily[m.id] = m; });
    arts.forEach(function (m) {
      (m.relations || []).forEach(function (r) {
        if (!inFamily[r.a] || !inFamily[r.b] || !(r.type in COPY_KINDS)) return;
        var key = [r.a, r.b].sort().join('\u0000') + '\u0000' + r.type;
        if (seen[key]) return;
        seen[key] = true;
        var decided = r.origin === r.a || r.origin === r.b;
        edges.push({from: decided ? r.origin : r.a, to: decided ? (r.origin === r.a ? r.b : r.a) : r.b,
          type: r.type, directed: decided, a: r.a, b: r.b, score: Number(r.score) || 0});
      });
    });
    if (arts.length <= ALL_EDGES_UP_TO) return {edges: edges, hidden: 0};
    var parent = {};
    function find(x) { while (parent[x] !== undefined && parent[x] !== x) x = parent[x]; return x; }
    function join(x, y) { var rx = find(x), ry = find(y); if (rx === ry) return false; parent[rx] = ry; return true; }
    var kept = edges.filter(function (e) { return e.directed; });
    kept.forEach(function (e) { join(e.from, e.to); });
    var undecided = edges.filter(function (e) { return !e.directed; });
    undecided.sort(function (x, y) { return COPY_KINDS[x.type] - COPY_KINDS[y.type] || y.score - x.score; });
    var hidden = 0;
    undecided.forEach(function (e) { if (join(e.from, e.to)) kept.push(e); else hidden++; });
    return {edges: kept, hidden: hidden};
  }

  function when(m) {
    var t = Date.parse(m.published || m.first_seen || '');
    return isNaN(t) ? Infinity : t;
  }

  /** Column of each member: breadth-first from the origin, directed edges forward, undirected both ways. */
  function columns(arts, edges, originId) {
    var col = {}, queue = [originId];
    col[originId] = 0;
    while (queue.length) {
      var id = queue.shift();
      edges.forEach(function (e) {
        var next = e.from === id ? e.to : (!e.directed && e.to === id ? e.from : null);
        if (next && col[next] === undefined) { col[next] = col[id] + 1; queue.push(next); }
      });
    }
    var max = 0;
    Object.keys(col).forEach(function (k) { max = Math.max(max, col[k]); });
    arts.forEach(function (m) { if (col[m.id] === undefined) col[m.id] = max + 1; });
    return col;
  }

  function drawFamily(a, arts, edges) {
    var byId = {};
    arts.forEach(function (m) { byId[m.id] = m; });
    var decided = !!(a.family.origin && byId[a.family.origin]);
    var originId = decided ? a.family.origin : arts.slice().sort(function (x, y) { return when(x) - when(y); })[0].id;
    var col = columns(arts, edges, originId), stacks = [];
    arts.slice().sort(function (x, y) { return when(x) - when(y) || (x.id < y.id ? -1 : 1); }).forEach(function (m) {
      (stacks[col[m.id]] = stacks[col[m.id]] || []).push(m);
    });
    var box = {W: 210, H: 58}, GAPX = 120, GAPY = 26, PAD = 14, pos = {}, rows = 0;
    stacks.forEach(function (s, c) {
      (s || []).forEach(function (m, r) { pos[m.id] = {x: PAD + c * (box.W + GAPX), y: PAD + r * (box.H + GAPY)}; });
      rows = Math.max(rows, (s || []).length);
    });
    // An edge within a column bends out to the right of it: leave room for the rightmost column's arcs and labels.
    var arcs = 0;
    edges.forEach(function (e) {
      if (pos[e.from].x === pos[e.to].x) arcs = Math.max(arcs, bulge(pos[e.to].y - pos[e.from].y) + 70);
    });
    var width = PAD * 2 + stacks.length * box.W + (stacks.length - 1) * GAPX + arcs;
    var height = PAD * 2 + rows * box.H + (rows - 1) * GAPY;
    var root = svg('svg', {'class': 'family', id: 'family-graph', width: width, height: height,
      viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'copy family graph'});
    root.appendChild(svg('defs', null, svg('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5,
      markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse'}, svg('path', {d: 'M0,0 L10,5 L0,10 z', 'class': 'arrowhead'}))));
    var taken = arts.map(function (m) { return {x: pos[m.id].x, y: pos[m.id].y, width: box.W, height: box.H}; });
    edges.forEach(function (e) { root.appendChild(edge(e, pos, box, taken, width)); });
    arts.forEach(function (m) {
      root.appendChild(node(m, pos[m.id], box, m.id === a.id, m.id === originId ? (decided ? 'origin' : 'earliest') : null));
    });
    return root;
  }

  /** How far an edge within a column bends out to the right of the boxes: further for rows further apart. */
  function bulge(dy) {
    return 24 + 0.3 * Math.abs(dy);
  }

  function overlaps(r, rects) {
    return rects.some(function (b) {
      return r.x < b.x + b.width && b.x < r.x + r.width && r.y < b.y + b.height && b.y < r.y + r.height;
    });
  }

  /**
   * An edge, drawn from the left box to the right one whatever its direction (the arrow, when the origin is decided,
   * sits at the copy's end): a cubic between columns, an arc out to the right within a column. Its label is placed
   * only where it covers no box and no other label (the rectangles in {@code taken}, estimated at 6 px a letter);
   * where there is no room the edge keeps its type in its tooltip and its line style.
   */
  function edge(e, pos, box, taken, width) {
    var swap = pos[e.to].x < pos[e.from].x, p = pos[swap ? e.to : e.from], q = pos[swap ? e.from : e.to];
    var d, spots = [], W = box.W, H = box.H;
    if (q.x > p.x) {
      var x1 = p.x + W, y1 = p.y + H / 2, x2 = q.x, y2 = q.y + H / 2, mx = (x1 + x2) / 2;
      d = 'M' + x1 + ',' + y1 + ' C' + mx + ',' + y1 + ' ' + mx + ',' + y2 + ' ' + x2 + ',' + y2;
      // Points along the curve, nearest the right box first, so that a fan's labels spread over their rows.
      [0.7, 0.5, 0.85, 0.3].forEach(function (t) {
        var u = 1 - t;
        spots.push({x: u * u * u * x1 + 3 * u * u * t * mx + 3 * u * t * t * mx + t * t * t * x2,
          y: (u * u * u + 3 * u * u * t) * y1 + (3 * u * t * t + t * t * t) * y2 - 5, anchor: 'middle'});
      });
    } else {
      var top = p.y < q.y ? p : q, bottom = p.y < q.y ? q : p, sx = top.x + W, sy = top.y + H / 2, ty = bottom.y + H / 2;
      var reach = bulge(ty - sy), bx = sx + reach / 0.75;
      d = 'M' + sx + ',' + sy + ' C' + bx + ',' + sy + ' ' + bx + ',' + ty + ' ' + sx + ',' + ty;
      spots.push({x: sx + reach + 4, y: (sy + ty) / 2 + 4, anchor: 'start'});
      if (top !== p) swap = !swap;
    }
    var arrow = e.directed ? 'url(#arrow)' : null;
    var g = svg('a', {href: route('pair', {a: e.a, b: e.b, type: e.type}), 'class': 'edge e-' + e.type
      + (e.directed ? '' : ' undecided')},
      svg('title', null, e.type + ': ' + e.from + (e.directed ? ' → ' : ' ↔ ') + e.to),
      svg('path', {d: d, 'marker-end': swap ? null : arrow, 'marker-start': swap ? arrow : null}));
    var w = 6 * e.type.length + 4, h = 13;
    for (var i = 0; i < spots.length; i++) {
      var sp = spots[i], r = {x: sp.anchor === 'middle' ? sp.x - w / 2 : sp.x, y: sp.y - h + 3, width: w, height: h};
      if (r.x + r.width <= width && !overlaps(r, taken)) {
        taken.push(r);
        g.appendChild(svg('text', {x: sp.x, y: sp.y, 'class': sp.anchor === 'start' ? 'side-label' : null}, e.type));
        break;
      }
    }
    return g;
  }

  /** A member's box: outlet (or id), date and role, title (or id); a link to its article page. */
  function node(m, p, box, current, role) {
    function clip(s, n) { s = s || ''; return s.length > n ? s.slice(0, n - 1) + '…' : s; }
    var dated = m.published ? m.published.slice(0, 16).replace('T', ' ') : 'undated';
    return svg('a', {href: route('article', {id: m.id}), 'class': 'node' + (current ? ' current' : '')
      + (role ? ' first' : '')},
      svg('title', null, (m.title || m.id) + '\n' + m.id + (m.outlet ? '\n' + m.outlet : '')),
      svg('rect', {x: p.x, y: p.y, width: box.W, height: box.H, rx: 5}),
      svg('text', {x: p.x + 8, y: p.y + 17, 'class': 'n1'}, clip(m.outlet || m.id, 28)),
      svg('text', {x: p.x + 8, y: p.y + 33, 'class': 'n2'}, dated + (role ? ' · ' + role : '')),
      svg('text', {x: p.x + 8, y: p.y + 49, 'class': 'n3'}, clip(m.title || (m.outlet ? m.id : ''), 32)));
  }

  // ---- side by side -------------------------------------------------------------------------------------------

  /** A relation as a collapsible section; opening it draws both texts side by side with the evidence marked. */
  function pairDetails(r, i, selfId) {
    var other = r.a === selfId ? r.b : r.a;
    var arrow = r.origin ? (r.origin === selfId ? ' → ' : ' ← ') : ' ↔ ';
    var sides = el('div', {'class': 'sides'});
    var d = el('details', {'class': 'pair', id: 'pair' + i, 'data-a': r.a, 'data-b': r.b},
      el('summary', null, kind(r.type), ' ' + percent(r.score) + ' · this article' + arrow, el('span', {'class': 'ids'}, other),
        ' · ', el('a', {href: route('pair', {a: r.a, b: r.b, type: r.type}), 'class': 'standalone'}, 'own page')),
      why(r), sides);
    d.addEventListener('toggle', function () {
      if (d.open && !d.hasAttribute('data-drawn')) {
        d.setAttribute('data-drawn', 'loading');
        drawPair(r, sides).then(function () { d.setAttribute('data-drawn', 'yes'); },
          function (err) { d.setAttribute('data-drawn', 'failed'); sides.appendChild(failure(err)); });
      }
    });
    return d;
  }

  function why(r) {
    var p = el('p', {'class': 'why'});
    append(p, r.origin ? ['Origin ', el('span', {'class': 'ids'}, r.origin), ' (' + (r.origin_confidence || '') + ')']
      : 'Origin undecided');
    if (r.coverage) append(p, '. Coverage: a ' + percent(r.coverage.a) + ', b ' + percent(r.coverage.b));
    var ev = r.evidence || {};
    append(p, '. Evidence: ' + (ev.passages || []).length + ' identical passages, ' + (ev.sentences || []).length
      + ' aligned sentences.');
    return p;
  }

  function pairPage(params, current) {
    if (!params.a || !params.b) throw new Error('a pair needs both article ids (a and b)');
    return article(params.a).then(function (a) {
      if (!current()) return;
      var r = (a.relations || []).filter(function (x) {
        return ((x.a === params.a && x.b === params.b) || (x.a === params.b && x.b === params.a))
          && (!params.type || x.type === params.type);
      })[0];
      if (!r) throw new Error('no relation between ' + params.a + ' and ' + params.b);
      var sides = el('div', {'class': 'sides'});
      show(el('h2', null, kind(r.type), ' ' + percent(r.score) + ' · side by side'),
        el('p', null, articleLink(r.a), r.origin ? (r.origin === r.a ? ' → ' : ' ← ') : ' ↔ ', articleLink(r.b)),
        why(r), el('section', {'class': 'pair open', id: 'pair'}, sides));
      return drawPair(r, sides);
    });
  }

  /** Fetches both articles and draws them, the origin (or a, when undecided) on the left. */
  function drawPair(r, slot) {
    var swap = !!r.origin && r.origin === r.b;
    var left = swap ? r.b : r.a, right = swap ? r.a : r.b;
    return Promise.all([article(left), article(right)]).then(function (arts) {
      clear(slot);
      var ev = r.evidence || {};
      var ps = (ev.passages || []).map(function (p) { return swap ? {l: p.b, r: p.a, n: p.words} : {l: p.a, r: p.b, n: p.words}; });
      var ss = (ev.sentences || []).map(function (s) { return swap ? {l: s.b, r: s.a, n: s.similarity} : {l: s.a, r: s.b, n: s.similarity}; });
      var key = 'p' + Math.floor(Math.random() * 1e9).toString(36);
      slot.appendChild(side(arts[0], true, !!r.origin, ps, ss, key));
      slot.appendChild(side(arts[1], false, !!r.origin, ps, ss, key));
    });
  }

  function side(a, isLeft, decided, passages, sentences, key) {
    var me = key + (isLeft ? 'L' : 'R'), other = key + (isLeft ? 'R' : 'L');
    var s = el('section', {'class': 'side', 'data-side': isLeft ? 'L' : 'R'},
      el('h4', null, el('span', {'class': 'role'}, decided ? (isLeft ? 'origin' : 'copy') : 'undecided'), ' ',
        outletLink(a.outlet), ' ', date(a.published)),
      el('p', {'class': 'meta'}, articleLink(a.id), a.title ? ' · ' + a.title : ''));
    if (!a.text) { s.appendChild(el('p', {'class': 'empty'}, '(no body text found)')); return s; }
    var spans = [], points = [];
    passages.forEach(function (p, i) {
      evidence(spans, points, isLeft ? p.l : p.r, 0, 'pa c' + (i % COLOURS), me + 'p' + (i + 1), other + 'p' + (i + 1),
        'P' + (i + 1), 'passage ' + (i + 1) + ', ' + p.n + ' words identical');
    });
    sentences.forEach(function (p, i) {
      var sim = Number(p.n).toFixed(2);
      evidence(spans, points, isLeft ? p.l : p.r, 1, 'se c' + (i % COLOURS), me + 's' + (i + 1), other + 's' + (i + 1),
        'S' + (i + 1) + ' ' + sim, 'aligned sentences ' + (i + 1) + ', similarity ' + sim);
    });
    var text = el('div', {'class': 'text'});
    echotraceMark(text, a.text, spans, points); // mark.js, shared with the HTML report
    s.appendChild(text);
    return s;
  }

  /** A passage or aligned sentence: a coloured span, and at its start a numbered button that shows its counterpart. */
  function evidence(spans, points, range, rank, cls, id, target, label, title) {
    if (!range || range.length < 2) return;
    spans.push({s: range[0], e: range[1], rank: rank, make: function () { return el('span', {'class': cls, title: title}); }});
    points.push({at: range[0], rank: rank, make: function () {
      var b = el('button', {type: 'button', 'class': 'num ' + cls, id: id, 'data-target': target, title: title}, label);
      b.addEventListener('click', function () {
        var t = document.getElementById(target);
        if (t) { t.scrollIntoView({block: 'center'}); t.focus(); }
      });
      return b;
    }});
  }

  // ---- story page ---------------------------------------------------------------------------------------------

  function storyPage(params) {
    if (!params.id) throw new Error('no story id in the address');
    return api('story', {id: params.id}).then(function (s) {
      var timeline = s.timeline || [];
      var list = el('ol', {'class': 'timeline-list'});
      timeline.forEach(function (a) {
        list.appendChild(el('li', null, a.published ? date(a.published) : ['undated, first seen ', date(a.first_seen)],
          ' ', outletLink(a.outlet), ' · ', articleLink(a.id, a.title || a.id)));
      });
      show(el('h2', null, el('span', {'class': 'label'}, s.label || s.id)),
        el('p', {'class': 'meta'}, 'Story ' + s.id + ' · from ', date(s.first_seen), ' to ', date(s.last_seen), ' · '
          + (s.articles || []).length + ' articles from ' + (s.outlets || []).length + ' outlets',
          s.narrative ? ' · narrative ' + s.narrative : ''),
        el('h3', null, 'Timeline'), el('div', {'class': 'scroll'}, timelineSvg(timeline)), list,
        el('h3', null, 'Relations among its articles (' + (s.relations || []).length + ')'), relationTable(s.relations || []));
    });
  }

  /**
   * The story's articles on a time axis, one row per outlet. Only stated publication dates are placed: an undated
   * article's first-seen time is when it entered the store, which would stretch the axis over the crawl's delay.
   */
  function timelineSvg(items) {
    var dated = items.filter(function (a) { return !isNaN(Date.parse(a.published || '')); });
    var outlets = [];
    dated.forEach(function (a) { if (outlets.indexOf(a.outlet || '?') < 0) outlets.push(a.outlet || '?'); });
    var LEFT = 190, RIGHT = 70, ROW = 28, TOP = 30, width = 900;
    var height = TOP + Math.max(1, outlets.length) * ROW + 20;
    var root = svg('svg', {'class': 'timeline', id: 'timeline', width: width, height: height,
      viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'timeline'});
    if (!dated.length) { root.appendChild(svg('text', {x: 10, y: 20}, 'No article states its publication date.')); return root; }
    var ts = dated.map(function (a) { return Date.parse(a.published); });
    var t0 = Math.min.apply(null, ts), t1 = Math.max.apply(null, ts), span = Math.max(t1 - t0, 3600e3);
    function x(t) { return LEFT + (t - t0) / span * (width - LEFT - RIGHT); }
    for (var k = 0; k <= 4; k++) {
      var t = t0 + span * k / 4, tx = x(t);
      root.appendChild(svg('line', {x1: tx, x2: tx, y1: TOP - 6, y2: height - 16, 'class': 'tick'}));
      root.appendChild(svg('text', {x: tx, y: TOP - 12, 'class': 'ticklabel'}, new Date(t).toISOString().slice(0, 16).replace('T', ' ')));
    }
    root.appendChild(svg('text', {x: 6, y: TOP - 12, 'class': 'ticklabel axisnote'}, 'times in UTC'));
    outlets.forEach(function (o, r) {
      var y = TOP + r * ROW + ROW / 2;
      root.appendChild(svg('line', {x1: LEFT, x2: width - RIGHT, y1: y, y2: y, 'class': 'rowline'}));
      root.appendChild(svg('text', {x: 6, y: y + 4, 'class': 'rowlabel'}, o.length > 28 ? o.slice(0, 27) + '…' : o));
    });
    dated.forEach(function (a, i) {
      var y = TOP + outlets.indexOf(a.outlet || '?') * ROW + ROW / 2;
      root.appendChild(svg('a', {href: route('article', {id: a.id})},
        svg('title', null, a.published + ' · ' + (a.title || a.id)),
        svg('circle', {cx: x(ts[i]), cy: y, r: 6, 'class': 'dot o' + (outlets.indexOf(a.outlet || '?') % 12)})));
    });
    return root;
  }

  function relationTable(rels) {
    if (!rels.length) return el('p', {'class': 'muted'}, 'None.');
    var body = el('tbody');
    rels.forEach(function (r) {
      body.appendChild(el('tr', null, el('td', null, kind(r.type)), el('td', null, percent(r.score)),
        el('td', null, articleLink(r.a)), el('td', null, r.origin ? (r.origin === r.a ? '→' : '←') : '↔'),
        el('td', null, articleLink(r.b)), el('td', null, r.origin_confidence || ''),
        el('td', null, link('pair', {a: r.a, b: r.b, type: r.type}, 'side by side'))));
    });
    return el('table', {'class': 'relations'}, el('thead', null, el('tr', null, el('th', null, 'Type'), el('th', null, 'Score'),
      el('th', null, 'A'), el('th', null, ''), el('th', null, 'B'), el('th', null, 'Origin'), el('th', null, ''))), body);
  }

  // ---- outlet page --------------------------------------------------------------------------------------------

  function outletPage(params) {
    if (!params.name) throw new Error('no outlet name in the address');
    return api('outlet', {name: params.name}).then(function (o) {
      show(el('h2', null, o.name),
        el('p', {'class': 'meta'}, o.articles + ' articles · languages: ' + ((o.languages || []).join(', ') || 'unknown')
          + ' · ', link('articles', {outlet: o.name}, 'browse with filters')),
        el('div', {'class': 'flows'},
          flowTable('Copies from', 'whose articles its copies come from', o.copies_from || [], 'copies-from'),
          flowTable('Copied by', 'who copies its articles', o.copied_by || [], 'copied-by')),
        el('h3', null, 'Its articles'), summaryTable(o.article_list || []));
    });
  }

  function flowTable(title, hint, rows, id) {
    var body = el('tbody'), max = 1;
    rows.forEach(function (r) { max = Math.max(max, r.count); });
    rows.forEach(function (r) {
      var bar = svg('svg', {width: 120, height: 10, 'class': 'bar'}, svg('rect', {x: 0, y: 1, height: 8,
        width: Math.max(2, Math.round(118 * r.count / max)), 'class': 'barfill'}));
      body.appendChild(el('tr', null, el('td', null, outletLink(r.outlet)), el('td', {'class': 'count'}, String(r.count)),
        el('td', null, bar)));
    });
    return el('section', {'class': 'flow', id: id}, el('h3', null, title), el('p', {'class': 'hint'}, hint),
      rows.length ? el('table', null, el('thead', null, el('tr', null, el('th', null, 'Outlet'), el('th', null, 'Copies'),
        el('th', null, ''))), body) : el('p', {'class': 'muted'}, 'Nobody.'));
  }

  // ---- listings -----------------------------------------------------------------------------------------------

  function articlesPage(params) {
    var offset = Number(params.offset) || 0;
    var filter = {outlet: params.outlet, language: params.language, from: params.from, to: params.to};
    return Promise.all([api('articles', Object.assign({offset: offset, limit: PAGE}, filter)),
      api('outlets', {limit: 100})]).then(function (got) {
      var page = got[0];
      show(el('h2', null, 'Articles'), filterForm(filter, got[1].items),
        el('p', {'class': 'hint'}, page.total + ' articles match, newest first.'),
        summaryTable(page.items), pager('articles', filter, offset, page.total));
    });
  }

  function filterForm(filter, outlets) {
    var outlet = el('select', {name: 'outlet', id: 'f-outlet'}, el('option', {value: ''}, 'any outlet'));
    outlets.forEach(function (o) {
      outlet.appendChild(el('option', {value: o.name, selected: o.name === filter.outlet}, o.name + ' (' + o.articles + ')'));
    });
    var language = el('input', {name: 'language', id: 'f-language', size: 4, placeholder: 'any', value: filter.language || ''});
    var from = el('input', {type: 'date', name: 'from', id: 'f-from', value: filter.from || ''});
    var to = el('input', {type: 'date', name: 'to', id: 'f-to', value: filter.to || ''});
    var f = el('form', {'class': 'filters', id: 'filters'},
      el('label', null, 'Outlet ', outlet), el('label', null, 'Language ', language),
      el('label', null, 'From ', from), el('label', null, 'To ', to),
      el('button', {type: 'submit'}, 'Filter'), ' ', link('articles', {}, 'clear'));
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      location.hash = route('articles', {outlet: outlet.value, language: language.value.trim(), from: from.value, to: to.value});
    });
    return f;
  }

  function storiesPage(params) {
    var offset = Number(params.offset) || 0;
    return api('stories', {offset: offset, limit: PAGE}).then(function (page) {
      var body = el('tbody');
      page.items.forEach(function (s) {
        body.appendChild(el('tr', null, el('td', null, link('story', {id: s.id}, s.label || s.id, 'label')),
          el('td', null, date(s.first_seen)), el('td', null, date(s.last_seen)),
          el('td', {'class': 'count'}, String((s.articles || []).length)),
          el('td', {'class': 'outlets'}, (s.outlets || []).join(', '))));
      });
      show(el('h2', null, 'Stories'), el('p', {'class': 'hint'}, page.total + ' stories (events), largest first.'),
        el('table', {'class': 'stories'}, el('thead', null, el('tr', null, el('th', null, 'Story'), el('th', null, 'First seen'),
          el('th', null, 'Last seen'), el('th', null, 'Articles'), el('th', null, 'Outlets'))), body),
        pager('stories', {}, offset, page.total));
    });
  }

  function outletsPage(params) {
    var offset = Number(params.offset) || 0;
    return api('outlets', {offset: offset, limit: PAGE}).then(function (page) {
      var body = el('tbody');
      page.items.forEach(function (o) {
        function sum(list) { return (list || []).reduce(function (t, x) { return t + x.count; }, 0); }
        body.appendChild(el('tr', null, el('td', null, outletLink(o.name)), el('td', {'class': 'count'}, String(o.articles)),
          el('td', null, (o.languages || []).join(', ')), el('td', {'class': 'count'}, String(sum(o.copies_from))),
          el('td', {'class': 'count'}, String(sum(o.copied_by)))));
      });
      show(el('h2', null, 'Outlets'), el('p', {'class': 'hint'}, page.total + ' outlets, most articles first. '
          + '"Copies" counts its articles copied from others; "copied" counts copies of its articles.'),
        el('table', {'class': 'outlets'}, el('thead', null, el('tr', null, el('th', null, 'Outlet'), el('th', null, 'Articles'),
          el('th', null, 'Languages'), el('th', null, 'Copies'), el('th', null, 'Copied'))), body),
        pager('outlets', {}, offset, page.total));
    });
  }

  function editsPage(params) {
    var offset = Number(params.offset) || 0;
    return api('edits', {offset: offset, limit: PAGE}).then(function (page) {
      var list = el('ul', {'class': 'edits'});
      page.items.forEach(function (e) {
        var diff = el('p', {'class': 'diff'});
        (e.changes || []).forEach(function (c) {
          append(diff, [c.op === '-' ? el('del', null, c.words) : c.op === '+' ? el('ins', null, c.words) : c.words, ' ']);
        });
        list.appendChild(el('li', null, el('h4', null, articleLink(e.id)),
          el('p', {'class': 'meta'}, e.url ? el('span', {'class': 'url'}, e.url) : '', ' · captured ', date(e.previous_added),
            ' then ', date(e.added), ' · ' + e.words_removed + ' words removed, ' + e.words_added + ' added'), diff));
      });
      show(el('h2', null, 'Quiet edits'), el('p', {'class': 'hint'}, 'New captures of a known page whose text changed, newest first.'),
        page.total ? list : el('p', {'class': 'muted'}, 'None recorded.'), pager('edits', {}, offset, page.total));
    });
  }

  window.addEventListener('hashchange', dispatch);
  stats();
  dispatch();
})();
