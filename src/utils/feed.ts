import { Feed } from 'feed';
import { siteName } from '../site-config.ts';
import type { LoadedStory } from './load-story.ts';
import { lastUpdated, storyUpdates } from './updates.ts';

/** The story's updates (status assessments and corrections) as a feed, by the `feed` library. */
export function updatesFeed(story: LoadedStory, site: URL): Feed {
	const home = new URL('/', site).href;
	const feed = new Feed({
		title: `${siteName}: updates`,
		description: `New claims, status changes and corrections to “${story.story.data.headline}”.`,
		id: home,
		link: home,
		language: 'en',
		updated: new Date(`${lastUpdated(story)}T00:00:00Z`),
		copyright: '',
		feedLinks: { rss: new URL('/feed.xml', site).href, json: new URL('/feed.json', site).href },
	});
	for (const update of storyUpdates(story)) {
		const link = new URL(update.path, site).href;
		feed.addItem({
			id: new URL(`${update.path}#${update.id}`, site).href,
			title: update.title,
			link,
			description: update.text,
			date: new Date(`${update.date}T00:00:00Z`),
			category: [{ name: update.kind }],
		});
	}
	return feed;
}
