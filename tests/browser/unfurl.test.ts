import path from 'node:path';
import { unfurl } from 'unfurl.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, serveStatic, type StaticServer } from '../../commands/support/static-server.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { claimShareTitle } from '../../src/story/share-title.ts';
import { tempProject } from '../support/temp-project.ts';

// What a chat app or CMS sees when someone pastes a link: a real link-unfurling library
// (unfurl.js reads Open Graph, Twitter cards and oEmbed discovery) against a build served at
// the address it was built for.
const { files } = await checkContent(process.cwd());
const sources = new Map(files.sources.map((source) => [source.id, { id: source.id, data: source.data! }]));
/** A claim of the story as it stands, and the title its page should be shared under (claimant first). */
const claim = files.claims[0]!;
const shareTitle = claimShareTitle(claim.data!, sources);

describe('links pasted into another app, read by unfurl.js', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	let server: StaticServer;
	let origin: string;

	beforeAll(async () => {
		project = await tempProject();
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		const { code, output } = await project.build({ SITE_URL: origin });
		if (code !== 0) throw new Error(output);
		server = await serveStatic(path.join(project.dir, 'dist'), { port });
	}, 180_000);
	afterAll(async () => {
		await server?.close();
		await project?.cleanup();
	});

	it('a claim page unfurls as that claim, with its card and its rich oEmbed', async () => {
		const result = await unfurl(`${origin}/claims/${claim.id}/`, { oembed: true });
		expect(result.open_graph?.title).toBe(shareTitle);
		expect(result.open_graph?.images?.[0]?.url).toBe(`${origin}/og/claims/${claim.id}.png`);
		expect(result.twitter_card?.card).toBe('summary_large_image');
		expect(result.oEmbed?.type).toBe('rich');
		expect((result.oEmbed as { html?: string } | undefined)?.html).toContain(`src="${origin}/embed/claims/${claim.id}/"`);
	});

	it('the story page unfurls with a picture of its own', async () => {
		const result = await unfurl(`${origin}/`, { oembed: true });
		expect(result.open_graph?.images?.[0]?.url).toBe(`${origin}/og/story.png`);
		expect(result.twitter_card?.card).toBe('summary_large_image');
		expect(result.oEmbed?.type).toBe('rich');
	});
});
