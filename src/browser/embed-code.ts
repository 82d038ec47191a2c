// <embed-code>: copies the embed code in its text field. Where the clipboard is refused, the
// field is selected instead, for the reader to copy by hand.
import { copyOrSelect } from './clipboard.ts';

class EmbedCode extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		const field = this.querySelector('textarea');
		const status = this.querySelector<HTMLElement>('.embed-status');
		if (!button || !field || !status) return;
		button.addEventListener('click', () =>
			copyOrSelect(field.value, status, 'Embed code copied', 'code', () => {
				field.focus();
				field.select();
			}),
		);
	}
}

if (!customElements.get('embed-code')) customElements.define('embed-code', EmbedCode);
