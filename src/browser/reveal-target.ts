// Opens what a shared link points at. A claim row's context opens when the page is opened on its
// anchor (or an old alias of it), and a section collapsed in <details> opens when the address
// names it, so the reader lands on the thing itself. The browser already opens a closed
// <details> around a fragment's target; this adds the claim row's own context.
import { fragmentId } from '../story/urls.ts';

function reveal() {
	const id = fragmentId(location.hash);
	if (!id) return;
	const target = document.getElementById(id);
	const row = target?.closest<HTMLElement>('article.claim');
	if (!target || !row) return;
	const context = row.querySelector<HTMLDetailsElement>('details.context');
	if (context && !context.open) {
		context.open = true;
		row.scrollIntoView({ block: 'start' });
	}
}

reveal();
addEventListener('hashchange', reveal);
