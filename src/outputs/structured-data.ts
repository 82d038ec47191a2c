import type { NewsArticle, WithContext } from 'schema-dts';
import { firstPublished, lastUpdated } from '../model/updates.ts';
import type { LoadedStory } from '../model/load-story.ts';
import { siteUrl } from '../story/base-path.ts';

/**
 * The story page as a schema.org NewsArticle (typed by schema-dts): headline, dates, publisher,
 * what it is about, and the article it is built from. JSON-LD is data; it never runs.
 */
export function newsArticle(story: LoadedStory, site: URL): WithContext<NewsArticle> {
	const { headline, dek, published } = story.story.data;
	const siteName = story.site.name;
	const outlet = story.sourceById.get(story.story.data.outlet)!.data.name;
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline,
		description: dek,
		url: siteUrl('/', site),
		// This page's own dates; the article it explains keeps its date in isBasedOn.
		datePublished: firstPublished(story),
		dateModified: lastUpdated(story),
		inLanguage: 'en',
		publisher: { '@type': 'Organization', name: siteName, url: siteUrl('/', site) },
		author: { '@type': 'Organization', name: siteName },
		about: [
			{ '@type': 'Thing', name: story.site.subject },
			...story.places.map((place) => ({ '@type': 'Place' as const, name: place.data.name, geo: { '@type': 'GeoCoordinates' as const, latitude: place.data.lat, longitude: place.data.lon } })),
		],
		isBasedOn: { '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: outlet }, datePublished: published.value },
	};
}

/** JSON safe to place inside a <script> element: "<" is escaped so content cannot close the tag. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
