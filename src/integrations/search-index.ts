import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readContentFiles } from '../content-check/content-files.ts';
import { formatDate } from '../story/dates.ts';
import { plainText } from '../story/plain-text.ts';
import { claimAnchorHref, claimPagePath, eventAnchor, sourceAnchor } from '../story/urls.ts';

/**
 * Builds the Pagefind search index after `astro build`, from the content itself: one record per
 * claim, source and timeline event, each pointing at its anchor on the story page. Nothing is
 * scraped from HTML, so the index holds exactly what the content holds.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = process.cwd();
				const { files } = await readContentFiles(root);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const sourceName = new Map(files.sources.map((s) => [s.id, s.data?.name ?? s.id]));
				const add = async (url: string, title: string, content: string, kind: string, extra: Record<string, string> = {}) => {
					const { errors: failed } = await index.addCustomRecord({ url, content: `${title}. ${content}`, language: 'en', meta: { title, kind, ...extra }, filters: { kind: [kind] } });
					if (failed.length > 0) throw new Error(`Pagefind could not index ${url}: ${failed.join('; ')}`);
				};
				for (const claim of files.claims) {
					if (!claim.data) continue;
					const who = claim.data.claimant.map((id) => sourceName.get(id)).join(' and ');
					await add(claimAnchorHref(claim.id), claim.data.statement, `Claimed by ${who}. ${plainText(claim.body)}`, 'Claim', { page: claimPagePath(claim.id) });
				}
				for (const source of files.sources) {
					if (!source.data) continue;
					await add(`/#${sourceAnchor(source.id)}`, source.data.name, `${source.data.role}. ${plainText(source.body)}`, 'Source');
				}
				for (const event of files.timeline) {
					if (!event.data) continue;
					await add(`/#${eventAnchor(event.id)}`, event.data.title, `${formatDate(event.data.date)} (“${event.data.date.wording}”)`, 'Timeline');
				}
				const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
				if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
				logger.info(`indexed ${files.claims.length} claims, ${files.sources.length} sources and ${files.timeline.length} timeline events`);
				await pagefind.close();
			},
		},
	};
}
