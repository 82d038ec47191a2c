// <claim-filter>: filters the claim list by side, status and question. The choice lives in the
// page address (?side=…&status=…&question=…), so a filtered view can be shared; without
// JavaScript the form is hidden (no-js.css) and every claim shows.
const FIELDS = ['side', 'status', 'question'] as const;

class ClaimFilter extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		const params = new URLSearchParams(location.search);
		for (const field of FIELDS) {
			const select = form.elements.namedItem(field) as HTMLSelectElement;
			const wanted = params.get(field) ?? '';
			if ([...select.options].some((option) => option.value === wanted)) select.value = wanted;
		}
		form.addEventListener('change', () => this.apply(form, true));
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.apply(form, true);
		});
		form.addEventListener('reset', () => setTimeout(() => this.apply(form, true)));
		// Only a filtered address changes the list on load; otherwise the page stays as built.
		if (FIELDS.some((field) => params.has(field))) this.apply(form, false);
	}

	apply(form: HTMLFormElement, record: boolean) {
		const value = (field: (typeof FIELDS)[number]) => (form.elements.namedItem(field) as HTMLSelectElement).value;
		const [side, status, question] = FIELDS.map(value);
		const claims = [...document.querySelectorAll<HTMLElement>('article.claim[data-status]')];
		let shown = 0;
		for (const claim of claims) {
			const match =
				(!side || (claim.dataset.sides ?? '').split(' ').includes(side!)) &&
				(!status || claim.dataset.status === status) &&
				(!question || (claim.dataset.questions ?? '').split(' ').includes(question!));
			claim.hidden = !match;
			if (match) shown++;
		}
		for (const section of document.querySelectorAll<HTMLElement>('[data-topic]')) {
			section.hidden = !section.querySelector('article.claim:not([hidden])');
		}
		const count = form.querySelector('.count');
		if (count) count.textContent = shown === claims.length ? `Showing all ${claims.length} claims` : `Showing ${shown} of ${claims.length} claims`;
		if (record) {
			const params = new URLSearchParams(location.search);
			FIELDS.forEach((field) => (value(field) ? params.set(field, value(field)) : params.delete(field)));
			const query = params.toString();
			history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
		}
	}
}

if (!customElements.get('claim-filter')) customElements.define('claim-filter', ClaimFilter);
