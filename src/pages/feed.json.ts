import type { APIRoute } from 'astro';
import { updatesFeed } from '../utils/feed.ts';
import { loadStory } from '../utils/load-story.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(updatesFeed(await loadStory(), site!).json1(), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
