import type { APIRoute } from 'astro';
import { estimateRecords, toCsv } from '../../outputs/downloads.ts';
import { loadStory } from '../../model/load-story.ts';

export const GET: APIRoute = async () =>
	new Response(toCsv(estimateRecords(await loadStory())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
