// The live map: Leaflet over our own boundary outlines, no tile server. This module owns Leaflet
// (which touches `document` on import) and is loaded only when the reader reaches for the map.
import L from 'leaflet';
// Leaflet's stylesheet as a URL, linked only when the map mounts: importing the CSS itself would
// make Astro add it to the page's initial load.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { withBase } from '../story/base-path.ts';

const css = (name: string, figure: HTMLElement) => getComputedStyle(figure).getPropertyValue(name).trim();

/** A marker's icon: a dot and the place's name as text (never as HTML). */
function markerIcon(name: string, side: string) {
	const element = document.createElement('span');
	element.className = `map-marker map-marker-${side}`;
	const dot = document.createElement('span');
	dot.className = 'map-marker-dot';
	const label = document.createElement('span');
	label.className = 'map-marker-label';
	label.textContent = name;
	element.append(dot, label);
	return L.divIcon({ html: element, className: 'map-marker-icon', iconSize: [12, 12], iconAnchor: [6, 6], popupAnchor: [0, -8] });
}

/** A popup listing a place's claims, built from the page's own place list so it links to the same anchors. */
function popupContent(item: HTMLElement) {
	const content = document.createElement('div');
	const heading = document.createElement('p');
	heading.className = 'map-popup-title';
	heading.textContent = item.dataset.name ?? '';
	const list = document.createElement('ul');
	for (const link of item.querySelectorAll<HTMLAnchorElement>('.place-claims a')) {
		const entry = document.createElement('li');
		const copy = document.createElement('a');
		copy.href = link.getAttribute('href') ?? '#';
		copy.textContent = link.textContent;
		entry.append(copy);
		list.append(entry);
	}
	if (list.children.length === 0) {
		const none = document.createElement('li');
		none.textContent = 'No claim is tied to this place alone.';
		list.append(none);
	}
	content.append(heading, list);
	return content;
}

/** Links a stylesheet and resolves once it has loaded. */
function linkStylesheet(href: string) {
	return new Promise<void>((resolve, reject) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => reject(new Error(`could not load ${href}`)));
		document.head.append(link);
	});
}

/** Replaces the static map in `figure` with a Leaflet map of the same box, once it is drawn. */
export async function mountMap(figure: HTMLElement) {
	const container = figure.querySelector<HTMLElement>('.live-map')!;
	const bounds = JSON.parse(figure.dataset.bounds!) as [[number, number], [number, number]];
	const tiles = figure.dataset.tiles ? (JSON.parse(figure.dataset.tiles) as { url: string; attribution: string }) : undefined;
	const [topology] = await Promise.all([
		fetch(new URL(withBase('/map/boundaries.topo.json'), location.href)).then((response) => response.json() as Promise<Topology>),
		linkStylesheet(leafletCss),
	]);

	container.hidden = false;
	container.setAttribute('role', 'region');
	container.setAttribute('aria-label', 'Interactive map of the places in the story. Tab to a place and press Enter to list its claims.');
	const map = L.map(container, { zoomControl: false, zoomSnap: 0, attributionControl: Boolean(tiles), scrollWheelZoom: false, worldCopyJump: false });
	map.fitBounds([
		[bounds[0][1], bounds[0][0]],
		[bounds[1][1], bounds[1][0]],
	]);
	L.control.zoom({ position: 'bottomleft' }).addTo(map);
	if (tiles) L.tileLayer(tiles.url, { attribution: tiles.attribution }).addTo(map);

	const land = css('--land', figure);
	const stroke = css('--land-stroke', figure);
	const region = css('--region', figure);
	const countries = feature(topology, topology.objects.countries!) as unknown as FeatureCollection;
	const regions = feature(topology, topology.objects.regions!) as unknown as FeatureCollection;
	const highlighted = new Set(
		[...document.querySelectorAll<HTMLElement>('li[data-boundary]')].map((el) => el.dataset.boundary),
	);
	L.geoJSON(countries, { interactive: false, style: { color: stroke, weight: 0.8, fillColor: land, fillOpacity: tiles ? 0 : 1 } }).addTo(map);
	L.geoJSON(regions, {
		interactive: false,
		style: (f) =>
			highlighted.has(String(f?.id))
				? { color: region, weight: 1.5, fillColor: region, fillOpacity: 0.35 }
				: { color: stroke, weight: 0.8, dashArray: '2 2', fill: false },
	}).addTo(map);
	for (const country of countries.features) {
		const label = country.properties?.label as [number, number] | null;
		if (!label) continue;
		L.marker([label[1], label[0]], {
			icon: L.divIcon({ html: Object.assign(document.createElement('span'), { textContent: country.properties?.name ?? '' }), className: 'map-country-name', iconSize: [0, 0] }),
			interactive: false,
			keyboard: false,
		}).addTo(map);
	}

	for (const item of document.querySelectorAll<HTMLElement>('li[data-place]')) {
		const name = item.dataset.name ?? '';
		const marker = L.marker([Number(item.dataset.lat), Number(item.dataset.lon)], {
			icon: markerIcon(name, item.dataset.labelSide ?? 'right'),
			keyboard: true,
			title: name,
			alt: `${name}: show its claims`,
			riseOnHover: true,
			// A region's marker sits above a town's inside it, where the two meet at a low zoom; zooming in parts them.
			zIndexOffset: item.dataset.boundary ? 1000 : 0,
		}).addTo(map);
		marker.bindPopup(() => popupContent(item), { closeOnEscapeKey: true, autoPanPadding: [12, 12] });
		const element = marker.getElement()!;
		element.setAttribute('role', 'button');
		element.setAttribute('aria-label', `${name}: show its claims`);
		element.dataset.place = item.dataset.place;
		marker.on('popupopen', (event) => {
			element.setAttribute('aria-expanded', 'true');
			(event.popup.getElement()?.querySelector('a') as HTMLElement | null)?.focus({ preventScroll: true });
		});
		marker.on('popupclose', () => element.setAttribute('aria-expanded', 'false'));
		element.setAttribute('aria-expanded', 'false');
	}

	// At each zoom, a name that would cover another name or another place's dot is hidden (the
	// dot stays, with its name in its popup and in the list of places), in the order of the list.
	const declutter = () => {
		const taken: DOMRect[] = [...container.querySelectorAll<HTMLElement>('.map-marker-dot')].map((dot) => dot.getBoundingClientRect());
		const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
		for (const label of container.querySelectorAll<HTMLElement>('.map-marker-label')) {
			label.style.visibility = '';
			const box = label.getBoundingClientRect();
			const own = label.parentElement!.querySelector('.map-marker-dot')!.getBoundingClientRect();
			const clash = taken.some((other) => other !== own && !(other.left === own.left && other.top === own.top) && overlaps(box, other));
			if (clash) label.style.visibility = 'hidden';
			else taken.push(box);
		}
	};
	map.on('zoomend moveend', declutter);
	map.whenReady(declutter);

	// Escape anywhere in the map closes the popup and returns focus to its marker.
	container.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		const open = [...container.querySelectorAll<HTMLElement>('[aria-expanded="true"]')][0];
		map.closePopup();
		open?.focus();
	});

	map.whenReady(() => figure.setAttribute('data-ready', ''));
}
