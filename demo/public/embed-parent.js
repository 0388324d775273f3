/* port-case-viz iframe resizer (under 1 KB): load once, from the host of embed.html. It
   sizes only iframes on that host, from their own messages: a whole-number height. */
(function (s) {
  var o = s && s.src && new URL(s.src).origin;
  function find(r, w) {
    for (var a = r.querySelectorAll('*'), i = 0, e; i < a.length; i++) {
      e = a[i];
      if (e.contentWindow === w && e.localName === 'iframe') return e;
      if (e.shadowRoot && (e = find(e.shadowRoot, w))) return e;
    }
  }
  addEventListener('message', function (e) {
    var d = e.data,
      h = d && d.sentinel === 'amp' && d.type === 'embed-size' && d.height,
      f;
    if (!o || e.origin !== o || typeof h !== 'number' || h % 1 || h < 1 || h > 1e5) return;
    f = find(document, e.source);
    if (f && new URL(f.src, location.href).origin === o) f.style.height = h + 'px';
  });
})(document.currentScript);
