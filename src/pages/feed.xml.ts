import type { APIRoute } from 'astro';
import { updatesFeed } from '../utils/feed.ts';
import { loadStory } from '../utils/load-story.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(updatesFeed(await loadStory(), site!).rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
