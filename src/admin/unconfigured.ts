import { cmsText } from '../lib/cms/labels.ts';
import './unconfigured.css';

const text = cmsText.unconfigured;

/** Shows, in French, that the build knew no repository to edit, and the ways to give it one (src/i18n/cms/fr.json). */
export function showUnconfigured(): void {
  const main = document.createElement('main');
  main.className = 'unconfigured';
  const element = (tag: string, content: string) => Object.assign(document.createElement(tag), { textContent: content });
  const ways = document.createElement('ul');
  ways.append(...text.ways.map((way) => element('li', way)));
  main.append(element('h1', text.title), element('p', text.lead), element('p', text.ask), ways, element('p', text.files));
  document.body.append(main);
}
