import type { APIRoute } from 'astro';
import { claimRecords, toCsv } from '../../outputs/downloads.ts';
import { loadStory } from '../../model/load-story.ts';

export const GET: APIRoute = async () =>
	new Response(toCsv(claimRecords(await loadStory())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
