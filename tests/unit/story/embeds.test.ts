import { describe, expect, it } from 'vitest';
import { claimEmbed, EMBED_HEIGHT_MESSAGE, embedIframe, embedSnippet, oembedJson } from '../../../src/story/embeds.ts';

const site = new URL('https://kursk-explainer.example');

describe('embedIframe(embed, site) and embedSnippet(embed, site)', () => {
	it('writes a lazy, titled iframe whose title cannot break out of its attribute', () => {
		const iframe = embedIframe(claimEmbed('x', 'Kim is "gambling" <b>'), site);
		expect(iframe).toBe('<iframe src="https://kursk-explainer.example/embed/claims/x/" title="Kim is &quot;gambling&quot; &lt;b&gt;" loading="lazy" width="600" height="300" style="width:100%;max-width:600px;border:0"></iframe>');
	});
	it('adds a resizer that listens only to this site and to its own message', () => {
		const snippet = embedSnippet(claimEmbed('x', 'y'), site);
		expect(snippet).toContain('e.origin!=="https://kursk-explainer.example"');
		expect(snippet).toContain(`e.data.type!=="${EMBED_HEIGHT_MESSAGE}"`);
	});
});

describe('oembedJson(embed, site, provider)', () => {
	it('answers as a rich oEmbed 1.0 with the iframe', () => {
		expect(oembedJson(claimEmbed('x', 'y'), site, 'Kursk explainer')).toMatchObject({ version: '1.0', type: 'rich', title: 'y', provider_name: 'Kursk explainer', provider_url: 'https://kursk-explainer.example/', width: 600, height: 300 });
	});
});
