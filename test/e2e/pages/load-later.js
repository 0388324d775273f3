// Sets a property on an element before it is defined, then loads the bundle 300 ms later.
document.querySelector('officer-outcomes').headingLevel = 4;
setTimeout(() => {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/port-case-viz.js';
  document.head.append(script);
}, 300);
