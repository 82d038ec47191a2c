// <site-search>: a dialog that queries the Pagefind index built from the content. Pagefind's
// script is imported only when the dialog first opens; results are built as DOM, never as HTML.
import { withBase } from '../story/base-path.ts';
import { fragmentId } from '../story/urls.ts';

interface PagefindResult {
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
	search(query: string): Promise<{ results: PagefindResult[] } | null>;
	debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
// Pagefind prefixes its results' URLs with the folder it was loaded from, so the index keeps site paths.
const loadPagefind = () => (pagefind ??= import(/* @vite-ignore */ new URL(withBase('/pagefind/pagefind.js'), location.href).href) as Promise<Pagefind>);

/** Pagefind's excerpt (escaped text with <mark> around matches) as safe DOM nodes. */
function excerptNodes(excerpt: string): Node[] {
	const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
	return [...doc.body.firstChild!.childNodes].map((node) =>
		node.nodeName === 'MARK' ? Object.assign(document.createElement('mark'), { textContent: node.textContent }) : document.createTextNode(node.textContent ?? ''),
	);
}

class SiteSearch extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('.open')!;
		const dialog = this.querySelector('dialog')!;
		const input = this.querySelector<HTMLInputElement>('input')!;
		const status = this.querySelector<HTMLElement>('[role="status"]')!;
		const list = this.querySelector<HTMLOListElement>('.results')!;

		// Closing returns focus to the button, unless a result was chosen: then the page moves to it.
		let chose = false;
		dialog.addEventListener('close', () => {
			if (!chose) button.focus({ preventScroll: true });
			chose = false;
		});
		const open = () => {
			dialog.showModal();
			input.focus();
			loadPagefind().catch(() => (status.textContent = 'Search could not load.'));
		};
		button.addEventListener('click', open);
		document.addEventListener('keydown', (event) => {
			const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement;
			if (event.key === '/' && !typing && !dialog.open) {
				event.preventDefault();
				open();
			}
		});
		// A result on this page: close the dialog first (it hands focus back), then go to the
		// anchor and move focus there, so the claim shows and keyboard users continue from it.
		list.addEventListener('click', (event) => {
			const link = (event.target as Element).closest('a');
			if (!link) return;
			const url = new URL(link.href);
			chose = true;
			dialog.close();
			if (url.pathname !== location.pathname || !url.hash) return;
			event.preventDefault();
			location.hash = url.hash;
			const target = document.getElementById(fragmentId(url.hash));
			if (target) {
				if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
				target.focus({ preventScroll: true });
			}
		});
		input.addEventListener('keydown', (event) => {
			// A search field would only clear itself on Escape; here Escape closes search at once.
			if (event.key === 'Escape') {
				event.preventDefault();
				dialog.close();
			}
			if (event.key === 'ArrowDown') {
				event.preventDefault();
				list.querySelector<HTMLAnchorElement>('a')?.focus();
			}
		});

		input.addEventListener('input', async () => {
			const query = input.value.trim();
			if (!query) {
				list.replaceChildren();
				status.textContent = '';
				return;
			}
			const search = await (await loadPagefind()).debouncedSearch(query, {}, 150);
			if (!search || input.value.trim() !== query) return;
			const results = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
			list.replaceChildren(
				...results.map((result) => {
					const item = document.createElement('li');
					const kind = Object.assign(document.createElement('span'), { className: 'kind', textContent: result.meta.kind ?? '' });
					const link = Object.assign(document.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url });
					item.append(kind, link);
					if (result.meta.page) {
						item.append(Object.assign(document.createElement('a'), { href: withBase(result.meta.page), className: 'page-link', textContent: 'claim page' }));
					}
					const excerpt = Object.assign(document.createElement('p'), { className: 'excerpt' });
					excerpt.append(...excerptNodes(result.excerpt));
					item.append(excerpt);
					return item;
				}),
			);
			status.textContent = search.results.length === 0 ? `No results for “${query}”` : `${search.results.length} result${search.results.length === 1 ? '' : 's'}${search.results.length > 10 ? ', showing the first 10' : ''}`;
		});
	}
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
