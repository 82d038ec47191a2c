// Copying a claim's address. <copy-link data-path="/claims/x/"> (a claim's page) reveals its
// button and copies the claim page's address; a claim row's <a class="row-link"> (the story page)
// copies the address it links to when clicked, instead of following it. Both say "Link copied";
// where the clipboard cannot be used, they show the address in a field, selected, to copy by hand.
import { copyOrSelect } from './clipboard.ts';

/** Copies `url`, saying so in `status`; where the clipboard is refused, `host` shows it in a selected field. */
const copyAddress = (url: string, host: HTMLElement, status: HTMLElement) =>
	copyOrSelect(url, status, 'Link copied', 'link', () => {
		let field = host.querySelector<HTMLInputElement>('input.copy-field');
		if (!field) {
			field = Object.assign(document.createElement('input'), { type: 'text', readOnly: true, value: url, className: 'copy-field' });
			field.setAttribute('aria-label', 'Link to this claim');
			host.append(field);
		}
		field.focus();
		field.select();
	});

class CopyLink extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		const status = this.querySelector<HTMLElement>('.copy-status');
		if (!button || !status) return;
		button.addEventListener('click', () => copyAddress(new URL(this.dataset.path ?? '/', location.href).href, this, status));
	}
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);

// One listener for every row, added once: the rows carry no script of their own. A click with a
// modifier key (open in a new tab, say) is left to the browser.
document.addEventListener('click', async (event) => {
	const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.row-link') : null;
	if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	event.preventDefault();
	let status = link.nextElementSibling;
	if (!(status instanceof HTMLElement) || !status.matches('.copy-status')) {
		status = Object.assign(document.createElement('span'), { className: 'copy-status' });
		(status as HTMLElement).setAttribute('role', 'status');
		link.after(status);
		// A live region is announced when it changes after it is in the page, not as it arrives.
		await new Promise(requestAnimationFrame);
	}
	await copyAddress(link.href, link.parentElement ?? link, status as HTMLElement);
});
