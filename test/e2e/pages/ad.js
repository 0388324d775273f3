// An ad that asks every resizer on the page to make it 99,999 px tall, then says it is done.
for (const height of [99_999, 5000, 640]) parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
parent.postMessage('ad-done', '*');
