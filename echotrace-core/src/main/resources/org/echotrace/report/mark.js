// echotrace: writes a text with nested highlights. Shared by the HTML report (inlined before pairs.js) and the web UI
// of echotrace-server (served as /mark.js). The text goes into the page as text nodes only; what the spans and points
// make is up to their make functions.
'use strict';

/**
 * Writes text into root with spans {s, e, rank, make(first)} and points {at, rank, make()}: the text is cut at every
 * boundary; for each piece the covering spans are ordered (earlier start outside, then longer, then by rank) and
 * kept as a stack of open elements, so highlights always nest; a span crossing another is split, and only its first
 * piece gets an id.
 */
function echotraceMark(root, text, spans, points) {
  var n = text.length, seq = 0;
  function clamp(x) { return Math.max(0, Math.min(n, Number(x) || 0)); }
  spans = spans.map(function (sp) {
    return {s: clamp(sp.s), e: clamp(sp.e), rank: sp.rank, seq: seq++, make: sp.make};
  }).filter(function (sp) { return sp.s < sp.e; });
  spans.sort(function (a, b) { return a.s - b.s || b.e - a.e || a.rank - b.rank || a.seq - b.seq; });
  points = points.map(function (p) { return {at: clamp(p.at), rank: p.rank, seq: seq++, make: p.make}; });
  points.sort(function (a, b) { return a.at - b.at || a.rank - b.rank || a.seq - b.seq; });
  var cutSet = {0: true};
  cutSet[n] = true;
  spans.forEach(function (sp) { cutSet[sp.s] = true; cutSet[sp.e] = true; });
  points.forEach(function (p) { cutSet[p.at] = true; });
  var cuts = Object.keys(cutSet).map(Number).sort(function (a, b) { return a - b; });
  var stack = [], started = [], next = 0;
  for (var i = 0; i < cuts.length; i++) {
    var x = cuts[i], y = i + 1 < cuts.length ? cuts[i + 1] : x;
    var active = y > x ? spans.filter(function (sp) { return sp.s <= x && sp.e >= y; }) : [];
    var keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep].span === active[keep]) keep++;
    stack.length = keep;
    var parent = keep > 0 ? stack[keep - 1].el : root;
    while (next < points.length && points[next].at === x) parent.appendChild(points[next++].make());
    for (var k = keep; k < active.length; k++) {
      var first = started.indexOf(active[k]) < 0;
      if (first) started.push(active[k]);
      var el = active[k].make(first);
      parent.appendChild(el);
      stack.push({span: active[k], el: el});
      parent = el;
    }
    if (y > x) parent.appendChild(document.createTextNode(text.slice(x, y)));
  }
}
