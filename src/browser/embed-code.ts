// <embed-code>: copies the embed code in its text field. Where the clipboard is refused, the
// field is selected instead, for the reader to copy by hand.
class EmbedCode extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		const field = this.querySelector('textarea');
		const status = this.querySelector<HTMLElement>('.embed-status');
		if (!button || !field || !status) return;
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(field.value);
				status.textContent = 'Embed code copied';
			} catch {
				field.focus();
				field.select();
				status.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected code';
			}
		});
	}
}

if (!customElements.get('embed-code')) customElements.define('embed-code', EmbedCode);
