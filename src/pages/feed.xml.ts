import type { APIRoute } from 'astro';
import { updatesRss } from '../outputs/feed.ts';
import { loadStory } from '../model/load-story.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(await updatesRss(await loadStory(), site!), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
