import type { NewsArticle, WithContext } from 'schema-dts';
import { firstPublished, lastUpdated } from '../model/updates.ts';
import type { LoadedStory } from '../model/load-story.ts';
import { siteUrl } from '../story/base-path.ts';

/**
 * The story page as a schema.org NewsArticle (typed by schema-dts): headline, dates, publisher,
 * what it is about, and the reports it is built from. JSON-LD is data; it never runs.
 */
export function newsArticle(story: LoadedStory, site: URL): WithContext<NewsArticle> {
	const { headline, dek } = story.story.data;
	const siteName = story.site.name;
	const outlet = (id: string) => story.sourceById.get(id)!.data.name;
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
		// Every report the page rests on, in the order they appeared.
		isBasedOn: story.reports.map((report) => ({
			'@type': 'NewsArticle' as const,
			publisher: { '@type': 'Organization' as const, name: outlet(report.data.outlet) },
			datePublished: report.data.published.value,
			...(report.data.title ? { headline: report.data.title } : {}),
			...(report.data.url ? { url: report.data.url } : {}),
		})),
	};
}

/** JSON safe to place inside a <script> element: "<" is escaped so content cannot close the tag. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
