const tags = ['case-timeline', 'officer-outcomes', 'recommendation-status'];
const main = document.querySelector('main');
for (let i = 0; i < 20; i++) main.append(document.createElement(tags[i % 3]));
