// An ad served from another origin (localhost, where the page is 127.0.0.1), and an embed
// inside a component's shadow root. Messages reaching the page are recorded in order, so
// a test knows that the resizer has seen everything sent before a marker.
const port = location.port;
const ad = document.createElement('iframe');
ad.id = 'ad';
ad.title = 'Advertisement';
ad.style.cssText = 'width: 300px; border: 0; height: 150px';
ad.src = `http://localhost:${port}/test/e2e/pages/ad.html`;
document.getElementById('ad-slot').append(ad);

const host = document.getElementById('shadow-host');
const embed = document.createElement('iframe');
embed.id = 'in-shadow';
embed.title = 'Recommendations';
embed.style.cssText = 'width: 100%; border: 0; height: 150px';
embed.src = '/dist/demo/embed.html?view=recommendation-status';
host.attachShadow({ mode: 'open' }).append(embed);

window.__messages = [];
addEventListener('message', (e) => window.__messages.push(e.data));
