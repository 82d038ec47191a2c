// <copy-citation>: one form of a claim's citation ("Cite this claim" on its page). Its button
// copies the citation's text and says so; where the clipboard is refused, the text is selected
// instead, for the reader to copy by hand.
import { copyOrSelect } from './clipboard.ts';

class CopyCitation extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		const text = this.querySelector('pre');
		const status = this.querySelector<HTMLElement>('.copy-status');
		if (!button || !text || !status) return;
		button.addEventListener('click', () =>
			copyOrSelect(text.textContent ?? '', status, 'Citation copied', 'citation', () => {
				const range = document.createRange();
				range.selectNodeContents(text);
				getSelection()?.removeAllRanges();
				getSelection()?.addRange(range);
			}),
		);
	}
}

if (!customElements.get('copy-citation')) customElements.define('copy-citation', CopyCitation);
