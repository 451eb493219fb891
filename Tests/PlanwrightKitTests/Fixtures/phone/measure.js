// Appended to a copy of an HTML page by PhoneWidthTests: measures the page as a phone shows it
// (the window is 390 px wide) and reports to the page that framed it, or into the page itself.
(function () {
  var limit = 12;
  function describe(element) {
    var name = element.tagName.toLowerCase();
    var kind = element.getAttribute('class');
    if (kind) name += '.' + kind.trim().split(/\s+/).join('.');
    var text = (element.textContent || '').replace(/\s+/g, ' ').trim();
    return name + ' "' + (text.length > 60 ? text.slice(0, 60) + '…' : text) + '"';
  }
  // What holds an element reaching past the window's edge: a box that scrolls sideways (the
  // reader scrolls it), one that clips (the reader never sees the rest), or nothing (the page widens).
  function heldBy(element) {
    for (var up = element.parentElement; up && up !== document.body; up = up.parentElement) {
      var overflow = getComputedStyle(up).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') return 'scroll';
      if (overflow !== 'visible') return 'clip';
    }
    return 'page';
  }
  var width = document.documentElement.clientWidth;
  var result = {
    page: location.pathname.replace(/\.phone\.html$/, ''),
    width: width,
    scrollWidth: document.scrollingElement.scrollWidth,
    mains: document.querySelectorAll('main, [role="main"]').length,
    smallestFont: null,
    small: [],
    wide: [],
    cut: [],
    unreachable: []
  };
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var range = document.createRange();
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    var element = node.parentElement;
    if (!node.nodeValue.trim() || !element || element.closest('script, style, title')) continue;
    range.selectNodeContents(node);
    if (!range.getClientRects().length) continue;
    var style = getComputedStyle(element);
    if (style.visibility !== 'visible' || style.display === 'none') continue;
    var size = parseFloat(style.fontSize);
    // SVG text is drawn at its font size times the scale the viewBox gives it on screen.
    if (element instanceof SVGElement) {
      var matrix = element.getScreenCTM();
      if (matrix) size *= Math.hypot(matrix.a, matrix.b);
    }
    size = Math.round(size * 100) / 100;
    if (result.smallestFont === null || size < result.smallestFont) result.smallestFont = size;
    if (size < limit && result.small.length < 5) {
      var said = size + ' px ' + describe(element);
      if (result.small.indexOf(said) < 0) result.small.push(said);
    }
  }
  // The outermost elements that reach past the window's right edge and widen the page, or are
  // cut off there. A chart's own parts are the chart's: an SVG clips what lies outside it.
  var all = document.body.querySelectorAll('*');
  var reported = [];
  for (var i = 0; i < all.length; i++) {
    var box = all[i].getBoundingClientRect();
    if (box.right <= width + 0.5 || all[i].ownerSVGElement) continue;
    var held = heldBy(all[i]);
    var list = held === 'page' ? result.wide : held === 'clip' ? result.cut : null;
    if (!list || list.length >= 5 || reported.some(function (outer) { return outer.contains(all[i]); })) continue;
    reported.push(all[i]);
    list.push(Math.round(box.right) + ' px ' + describe(all[i]));
  }
  // Boxes that scroll sideways here: a keyboard must reach them (tabindex 0) and a screen
  // reader name them (a region with a label), or what lies past the edge is out of reach.
  for (var j = 0; j < all.length; j++) {
    var overflowX = getComputedStyle(all[j]).overflowX;
    if ((overflowX !== 'auto' && overflowX !== 'scroll') || all[j].scrollWidth <= all[j].clientWidth + 1) continue;
    if (all[j].tabIndex >= 0 && all[j].getAttribute('role') === 'region' && (all[j].getAttribute('aria-label') || '').trim()) continue;
    if (result.unreachable.length < 5) result.unreachable.push(describe(all[j]));
  }
  // Plain ASCII, so the text reads back the same from Chromium's serialised DOM.
  var json = JSON.stringify(result).replace(/[<>&\u007f-\uffff]/g, function (c) {
    return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4);
  });
  if (window.parent !== window) {
    window.parent.postMessage(json, '*');
  } else {
    var out = document.createElement('pre');
    out.id = 'phone-result';
    out.textContent = json;
    document.body.appendChild(out);
  }
})();
