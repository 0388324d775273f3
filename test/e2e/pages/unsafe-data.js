// A newsroom's data with an unsafe link and markup in its text, set as a property.
const response = await fetch('/data/port-case.json').catch(() => null);
const el = document.getElementById('unsafe');
await customElements.whenDefined('recommendation-status');
const data = response && response.ok ? await response.json() : null;
if (data) {
  data.sources[0].url = 'javascript:alert(document.domain)';
  data.sources[1].title = '<img src=x onerror=alert(1)>';
  el.data = data;
}
