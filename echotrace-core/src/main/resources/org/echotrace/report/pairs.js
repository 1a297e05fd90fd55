// echotrace report: draws a pair's two texts with their evidence when the pair is opened. Inlined in the page, and
// allowed by the page's Content-Security-Policy through its SHA-256 hash only. The data (the JSON block
// #echotrace-data) holds each article's text once, with its quotes and framing terms; each relation holds offsets
// into those texts. Everything from the data goes into the page as text nodes and attribute values set through the
// DOM (textContent, setAttribute on class, title, id, and href values made here from numbers): never as markup.
(function () {
  'use strict';
  var block = document.getElementById('echotrace-data');
  if (!block) return;
  var data = JSON.parse(block.textContent);
  /** Nesting rank of highlights with equal extents: passages outside, framing terms innermost (as MarkedText did). */
  var PASSAGE = 0, SENTENCE = 1, QUOTE = 2, SHIFT = 3, TERM = 4, COLOURS = 8;

  function element(tag, cls, title, text) {
    var e = document.createElement(tag);
    if (cls) e.setAttribute('class', cls);
    if (title) e.setAttribute('title', title);
    if (text) e.textContent = text;
    return e;
  }

  /** A passage or aligned sentence: a coloured span, and at its start a numbered link to its counterpart. */
  function evidence(spans, points, s, e, rank, cls, id, target, number, title) {
    spans.push({s: s, e: e, rank: rank, make: function () { return element('span', cls, title); }});
    points.push({at: s, rank: rank, make: function () {
      var a = element('a', 'num ' + cls, null, number);
      a.setAttribute('id', id);
      a.setAttribute('href', '#' + target);
      return a;
    }});
  }

  /** The side's heading (role, outlet, date), its id linking to the article list and title, then the marked text. */
  function side(slot, n, rel, isLeft) {
    var number = isLeft ? rel.left : rel.right, art = data.articles[String(number)];
    if (!art) return;
    var h = element('h4');
    h.appendChild(element('span', 'role', null, rel.decided ? (isLeft ? 'origin' : 'copy') : 'undecided'));
    h.appendChild(document.createTextNode(' ' + art.outlet + ' '));
    h.appendChild(element('span', 'date', null, art.date || 'undated'));
    var meta = element('p', 'meta'), link = element('a', null, null, art.id);
    link.setAttribute('href', '#art' + Number(number));
    meta.appendChild(link);
    if (art.title) meta.appendChild(document.createTextNode(' \u00b7 ' + art.title));
    slot.appendChild(h);
    slot.appendChild(meta);
    if (!art.text) {
      slot.appendChild(element('p', 'empty', null, '(no body text found)'));
      return;
    }
    var spans = [], points = [], me = 'rel' + n + (isLeft ? 'L' : 'R'), other = 'rel' + n + (isLeft ? 'R' : 'L');
    (rel.passages || []).forEach(function (p, i) {
      var cls = 'pa c' + (i % COLOURS);
      evidence(spans, points, isLeft ? p[0] : p[2], isLeft ? p[1] : p[3], PASSAGE, cls, me + 'p' + (i + 1),
          other + 'p' + (i + 1), 'P' + (i + 1), 'passage ' + (i + 1) + ', ' + p[4] + ' words identical');
    });
    (rel.sentences || []).forEach(function (p, i) {
      var cls = 'se c' + (i % COLOURS), sim = p[4].toFixed(2);
      evidence(spans, points, isLeft ? p[0] : p[2], isLeft ? p[1] : p[3], SENTENCE, cls, me + 's' + (i + 1),
          other + 's' + (i + 1), 'S' + (i + 1) + ' ' + sim, 'aligned sentences ' + (i + 1) + ', similarity ' + sim);
    });
    (art.quotes || []).forEach(function (q) {
      spans.push({s: q[0], e: q[1], rank: QUOTE, make: function () { return element('span', 'q', q[2]); }});
    });
    var labels = (isLeft ? rel.leftLabels : rel.rightLabels) || [];
    labels.forEach(function (l) {
      points.push({at: l[0], rank: 0, make: function () { return element('span', 'qlabel ch-' + l[1], null, l[1]); }});
    });
    var shifts = (isLeft ? rel.leftShifts : rel.rightShifts) || [];
    shifts.forEach(function (f) {
      spans.push({s: f[0], e: f[1], rank: SHIFT, make: function () { return element('span', 'shift', f[2]); }});
    });
    (art.terms || []).forEach(function (t) {
      spans.push({s: t[0], e: t[1], rank: TERM, make: function () { return element('u', 'term', t[2]); }});
    });
    var div = element('div', 'text');
    echotraceMark(div, art.text, spans, points);
    slot.appendChild(div);
  }

  function fill(details) {
    if (details.getAttribute('data-drawn') === 'yes') return;
    var n = details.getAttribute('data-rel'), rel = data.relations[n];
    if (!rel) return;
    details.setAttribute('data-drawn', 'yes');
    var slots = details.querySelectorAll('section.side[data-side]');
    for (var i = 0; i < slots.length; i++) side(slots[i], n, rel, slots[i].getAttribute('data-side') === 'L');
  }

  /** Opens (and draws) the pair that holds the element the address names, e.g. after a click on a family edge. */
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (!target) return;
    var pair = target.closest('details.pair');
    if (!pair) return;
    fill(pair);
    pair.open = true;
    document.getElementById(id).scrollIntoView();
  }

  document.addEventListener('toggle', function (e) {
    var t = e.target;
    if (t && t.matches && t.matches('details.pair') && t.open) fill(t);
  }, true);
  window.addEventListener('hashchange', reveal);
  var open = document.querySelectorAll('details.pair[open]');
  for (var i = 0; i < open.length; i++) fill(open[i]);
  reveal();
})();
