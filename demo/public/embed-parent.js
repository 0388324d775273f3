/* port-case-viz iframe resizer (under 1 KB): paste once on a page with port-case-viz iframes. */
addEventListener('message', function (e) {
  var d = e.data,
    h = d && d.sentinel === 'amp' && d.type === 'embed-size' && +d.height;
  if (!(h > 0 && h < 1e5)) return;
  var f = document.querySelectorAll('iframe');
  for (var i = 0; i < f.length; i++) if (f[i].contentWindow === e.source) f[i].style.height = h + 'px';
});
