import { getRssString } from '@astrojs/rss';
import { siteUrl } from '../story/base-path.ts';
import { CONTROL_CHARACTER } from '../story/text.ts';
import type { LoadedStory } from '../model/load-story.ts';
import { storyUpdates, type StoryUpdate } from '../model/updates.ts';

/** What the feeds read of the story: its headline, its claims, the record of their publication, and what an item names (claimants, tensions, qualifying claims). */
type FeedStory = Pick<LoadedStory, 'story' | 'claims' | 'site' | 'published' | 'sourceById' | 'tensions' | 'links' | 'claimById' | 'firstReport' | 'reportById'>;

/**
 * Text as a feed carries it: the same plain text the page shows, less what XML 1.0 cannot hold
 * (control characters other than tab and newline, lone surrogates), which no reader could show.
 * The content check refuses such characters; this keeps a feed well-formed whatever it is given.
 */
export const feedText = (text: string) => text.replace(new RegExp(CONTROL_CHARACTER.source, 'g'), '');

const feedTitle = (story: Pick<LoadedStory, 'site'>) => feedText(`${story.site.name}: updates`);
const feedDescription = (story: Pick<LoadedStory, 'story'>) => feedText(`New claims, status changes and corrections to “${story.story.data.headline}”.`);
// Keyed by the id the claim was first published under, so a rename never makes an old item new.
const itemId = (update: StoryUpdate, site: URL) => siteUrl(`${update.permalink}#update-${update.id.replace(/\//g, '-')}`, site);

/**
 * The story's updates (new claims, status changes, corrections) as RSS 2.0, by @astrojs/rss,
 * whose XML builder escapes every text field as text: no CDATA section for content to close.
 */
export function updatesRss(story: FeedStory, site: URL): Promise<string> {
	return getRssString({
		title: feedTitle(story),
		description: feedDescription(story),
		// The channel links to the story page, under the base path.
		site: siteUrl('/', site),
		items: storyUpdates(story).map((update) => ({
			title: feedText(update.title),
			link: siteUrl(update.path, site),
			description: feedText(update.text),
			pubDate: new Date(`${update.date}T00:00:00Z`),
			categories: [update.kind],
			// Several updates concern one claim page, so each has its own id.
			customData: `<guid isPermaLink="false">${itemId(update, site)}</guid>`,
		})),
	});
}

/** The same updates as a JSON Feed 1.1, every text as `content_text`: plain text, never HTML. */
export function updatesJsonFeed(story: FeedStory, site: URL): string {
	return JSON.stringify(
		{
			version: 'https://jsonfeed.org/version/1.1',
			title: feedTitle(story),
			description: feedDescription(story),
			home_page_url: siteUrl('/', site),
			feed_url: siteUrl('/feed.json', site),
			language: 'en',
			items: storyUpdates(story).map((update) => ({
				id: itemId(update, site),
				url: siteUrl(update.path, site),
				title: feedText(update.title),
				content_text: feedText(update.text),
				date_published: new Date(`${update.date}T00:00:00Z`).toISOString(),
				tags: [update.kind],
			})),
		},
		null,
		2,
	);
}
