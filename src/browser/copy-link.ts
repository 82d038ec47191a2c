// <copy-link data-path="/claims/x/">: reveals its button and copies the claim page's address.
// Where the clipboard cannot be used, it shows the address in a field, selected, to copy by hand.
class CopyLink extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		const status = this.querySelector<HTMLElement>('.copy-status');
		if (!button || !status) return;
		button.addEventListener('click', async () => {
			const url = new URL(this.dataset.path ?? '/', location.href).href;
			try {
				await navigator.clipboard.writeText(url);
				status.textContent = 'Link copied';
			} catch {
				let field = this.querySelector('input');
				if (!field) {
					field = Object.assign(document.createElement('input'), { type: 'text', readOnly: true, value: url });
					field.setAttribute('aria-label', 'Link to this claim');
					this.append(field);
				}
				field.focus();
				field.select();
				status.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected link';
			}
		});
	}
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
