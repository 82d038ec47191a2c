// <copy-citation>: one form of a claim's citation ("Cite this claim" on its page). Its button
// copies the citation's text and says so; where the clipboard is refused, the text is selected
// instead, for the reader to copy by hand.
class CopyCitation extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		const text = this.querySelector('pre');
		const status = this.querySelector<HTMLElement>('.copy-status');
		if (!button || !text || !status) return;
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(text.textContent ?? '');
				status.textContent = 'Citation copied';
			} catch {
				const range = document.createRange();
				range.selectNodeContents(text);
				getSelection()?.removeAllRanges();
				getSelection()?.addRange(range);
				status.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected citation';
			}
		});
	}
}

if (!customElements.get('copy-citation')) customElements.define('copy-citation', CopyCitation);

// A module, so that site.ts can load it on demand.
export {};
