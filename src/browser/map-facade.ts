// A facade, like a lightweight video embed: the static map is the first view, and Leaflet
// loads only when the reader reaches for the map (the button, a tap or a click on it).
const figure = document.querySelector<HTMLElement>('[data-map]');
const button = figure?.querySelector<HTMLButtonElement>('.explore');
if (figure && button) {
	let started = false;
	const start = (focus: boolean) => {
		if (started) return;
		started = true;
		button.disabled = true;
		button.textContent = 'Loading the map…';
		import('./live-map.ts').then(async ({ mountMap }) => {
			await mountMap(figure);
			button.remove();
			if (focus) figure.querySelector<HTMLElement>('.live-map')?.focus({ preventScroll: true });
		});
	};
	button.addEventListener('click', () => start(true));
	figure.querySelector('.map-box')!.addEventListener('pointerdown', () => start(false), { once: true });
}
