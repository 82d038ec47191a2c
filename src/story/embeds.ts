import { siteUrl } from './base-path.ts';
import { escapeHtml } from './text.ts';

/** The message an embed page posts to its host with its height (the way responsive embeds do). */
export const EMBED_HEIGHT_MESSAGE = 'claim-explainer:embed-height';
/** The same message under the name the first story's snippets listen for: embed pages send both, so code pasted before the rename keeps resizing. */
export const LEGACY_EMBED_HEIGHT_MESSAGE = 'kursk-explainer:embed-height';

/** One thing another site can put in its page: its embed page, oEmbed endpoint and default size. */
export interface Embed {
	/** Path of the embed page, e.g. `/embed/claims/x/`. */
	path: string;
	/** Path of its oEmbed JSON. */
	oembed: string;
	/** The iframe's title, read by screen readers. */
	title: string;
	/** Width and height the iframe starts at before it resizes to its content. */
	width: number;
	height: number;
}

/** `title` is the claim's title for sharing, "<Claimant>: <short statement>" (src/story/share-title.ts). */
export const claimEmbed = (id: string, title: string): Embed => ({ path: `/embed/claims/${id}/`, oembed: `/oembed/claims/${id}.json`, title, width: 600, height: 300 });
export const mapEmbed = (): Embed => ({ path: '/embed/map/', oembed: '/oembed/map.json', title: 'Map of the places in the story', width: 720, height: 560 });
/** `title` is the chart's (content/story.md: captions.figures). */
export const figuresEmbed = (title: string): Embed => ({ path: '/embed/figures/', oembed: '/oembed/figures.json', title, width: 720, height: 760 });

/** The <iframe> alone: lazy, titled, full width, scrolling inside at its default height. */
export function embedIframe(embed: Embed, site: URL): string {
	const src = siteUrl(embed.path, site);
	return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(embed.title)}" loading="lazy" width="${embed.width}" height="${embed.height}" style="width:100%;max-width:${embed.width}px;border:0"></iframe>`;
}

/**
 * The code a sharer pastes: the iframe and the few lines that let the host page resize it to
 * its content. Without the script the iframe still shows everything, scrolling inside.
 */
export function embedSnippet(embed: Embed, site: URL): string {
	const origin = JSON.stringify(site.origin);
	return `${embedIframe(embed, site)}
<script>addEventListener("message",function(e){if(e.origin!==${origin}||!e.data||e.data.type!=="${EMBED_HEIGHT_MESSAGE}")return;for(var f of document.querySelectorAll("iframe"))if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})</script>`;
}

/** The oEmbed (1.0) answer for an embed: a "rich" type whose html is the iframe. */
export function oembedJson(embed: Embed, site: URL, providerName: string) {
	return {
		version: '1.0',
		type: 'rich',
		title: embed.title,
		provider_name: providerName,
		provider_url: siteUrl('/', site),
		html: embedIframe(embed, site),
		width: embed.width,
		height: embed.height,
	};
}
