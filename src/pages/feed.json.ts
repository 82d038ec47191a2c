import type { APIRoute } from 'astro';
import { updatesJsonFeed } from '../outputs/feed.ts';
import { loadStory } from '../model/load-story.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(updatesJsonFeed(await loadStory(), site!), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
