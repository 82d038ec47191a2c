import type { APIRoute } from 'astro';
import { estimateRecords } from '../../outputs/downloads.ts';
import { loadStory } from '../../model/load-story.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(estimateRecords(await loadStory()), null, 2), { headers: { 'Content-Type': 'application/json' } });
