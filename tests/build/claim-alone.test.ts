// A claim shown alone carries its claimant, its hedge words, its status and, where there is one,
// the figure in tension with it or the claim that qualifies it (content/notes/attribution.md).
// These tests read every surface a claim travels on by itself, for every claim, from dist/.
import { parse } from 'csv-parse/sync';
import { isTroopCount } from '../../src/charts/estimate-rows.ts';
import { describe, expect, it } from 'vitest';
import { estimateRows } from '../../src/charts/estimate-rows.ts';
import { figuresInTension } from '../../src/charts/tension.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { STATUS_DEFINITIONS } from '../../src/schemas/status.ts';
import { hedgeWords } from '../../src/story/hedges.ts';
import { plainText } from '../../src/story/plain-text.ts';
import { extractElement, readDist } from '../support/dist.ts';

const { files } = await checkContent(process.cwd());
const claims = files.claims.map((c) => ({ id: c.id, data: c.data! }));
const sources = new Map(files.sources.map((s) => [s.id, { id: s.id, data: s.data! }]));
const story = files.story[0]!.data!;
const estimates = files.estimates.map((e) => ({ id: e.id, data: e.data! }));

/** HTML or XML text as a reader reads it: tags gone, entities decoded, spaces collapsed. */
const readable = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ');
const meta = (html: string, key: string) => readable(html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1] ?? '');
const titleOf = (html: string) => readable(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '');
/** The story page's row for a claim: its <article id="…">. */
const rowOf = (html: string, id: string) => html.match(new RegExp(`<article[^>]* id="${id}"[\\s\\S]*?</article>`))?.[0] ?? '';

/** For each claim, the claims its surfaces must name: the other side of a tension, and every claim qualifying it. */
const rows = estimateRows(estimates, sources, story.scopes);
const expectedContext = new Map<string, string[]>(claims.map(({ id }) => [id, []]));
for (const { figure, against } of figuresInTension(rows.filter((row) => !row.whole))) {
	expectedContext.get(figure.claim)!.push(against.claim);
	expectedContext.get(against.claim)!.push(figure.claim);
}
for (const { id, data } of claims) for (const qualified of data.qualifies) expectedContext.get(qualified)!.push(id);
const claimantsOf = (id: string) => claims.find((c) => c.id === id)!.data.claimant.map((source) => sources.get(source)!.data.name);

/** What a surface must show of a claim, checked one part at a time so a failure names the part. */
function expectCarries(surface: string, text: string, id: string, parts: { claimant?: boolean; hedges?: boolean; status?: boolean; context?: 'link' | 'name' | 'id' }) {
	const { data } = claims.find((c) => c.id === id)!;
	const lower = text.toLowerCase();
	if (parts.claimant) for (const name of claimantsOf(id)) expect(text, `${surface} of ${id}: claimant`).toContain(name);
	if (parts.hedges) for (const hedge of hedgeWords(data.statement)) expect(lower, `${surface} of ${id}: hedge "${hedge}"`).toContain(hedge);
	if (parts.status) expect(text, `${surface} of ${id}: status`).toContain(STATUS_DEFINITIONS[data.status].label);
	for (const other of parts.context ? expectedContext.get(id)! : []) {
		if (parts.context === 'link') expect(text, `${surface} of ${id}: link to ${other}`).toContain(`href="/#${other}"`);
		if (parts.context === 'name') for (const name of claimantsOf(other)) expect(text, `${surface} of ${id}: names ${other}'s claimant`).toContain(name);
		if (parts.context === 'id') expect(text, `${surface} of ${id}: ${other}`).toContain(other);
	}
}

describe('a claim shown alone, on every surface it travels on', () => {
	it('has claims to check: some with hedge words, some qualified or in tension', () => {
		expect(claims.filter(({ data }) => hedgeWords(data.statement).length > 0).length).toBeGreaterThan(5);
		const withContext = [...expectedContext.values()].filter((others) => others.length > 0);
		expect(withContext.length).toBeGreaterThanOrEqual(3);
	});

	for (const { id } of claims) {
		it(`${id}: page, titles, row, embed, oEmbed, feed items and data all carry it whole`, async () => {
			const page = await readDist(`claims/${id}/index.html`);
			for (const [surface, text] of [['<title>', titleOf(page)], ['og:title', meta(page, 'og:title')], ['twitter:title', meta(page, 'twitter:title')]] as const) {
				expect(text, `${surface} of ${id}`).toMatch(/^[^:]+: \S/);
				expectCarries(surface, text, id, { claimant: true, hedges: true });
			}
			expectCarries('description', meta(page, 'description'), id, { claimant: true, status: true, context: 'name' });
			expectCarries('claim page', page, id, { claimant: true, hedges: true, status: true, context: 'link' });

			const row = rowOf(await readDist('index.html'), id);
			expect(row, `row of ${id}`).not.toBe('');
			expectCarries('row', readable(row), id, { hedges: true, status: true });
			expectCarries('row', row, id, { context: 'link' });

			const embed = await readDist(`embed/claims/${id}/index.html`);
			expectCarries('embed', readable(embed), id, { claimant: true, hedges: true, status: true });
			expectCarries('embed', embed, id, { context: 'link' });

			const oembed = JSON.parse(await readDist(`oembed/claims/${id}.json`)) as { title: string };
			expectCarries('oEmbed title', oembed.title, id, { claimant: true, hedges: true });

			const feed = JSON.parse(await readDist('feed.json')) as { items: { url: string; title: string; content_text: string }[] };
			const items = feed.items.filter((item) => new URL(item.url).pathname === `/claims/${id}/`);
			expect(items.length, `feed items of ${id}`).toBeGreaterThan(0);
			for (const item of items) {
				expectCarries('feed item title', item.title, id, { claimant: true, hedges: true });
				// A correction's text is its note: the title carries the hedged statement. A feed item is
				// dated, so it carries the status the claim had on its day: the first, or one it moved to.
				const whole = `${item.title} ${item.content_text}`;
				expectCarries('feed item', whole, id, { hedges: true, context: 'name' });
				const { data } = claims.find((c) => c.id === id)!;
				const held = [data.corrections.find((c) => c.status)?.status!.from ?? data.status, ...data.corrections.flatMap((c) => (c.status ? [c.status.to] : []))];
				expect(held.some((status) => whole.includes(STATUS_DEFINITIONS[status].label)), `feed item of ${id}: a status it had (${held.join(', ')})`).toBe(true);
			}

			const csv = (parse(await readDist('data/claims.csv'), { columns: true }) as Record<string, string>[]).find((r) => r.id === id);
			const json = (JSON.parse(await readDist('data/claims.json')) as Record<string, string>[]).find((r) => r.id === id);
			for (const [surface, record] of [['claims.csv', csv], ['claims.json', json]] as const) {
				expect(record, `${surface} row of ${id}`).toBeDefined();
				expectCarries(`${surface} title`, record!.title!, id, { claimant: true, hedges: true });
				expect(record!.status).toBe(claims.find((c) => c.id === id)!.data.status);
				expectCarries(surface, `${record!.qualifiedBy} ${record!.inTensionWith}`, id, { context: 'id' });
			}
		});
	}
});

describe('descriptions', () => {
	it('cuts each question page\'s description at a sentence or a whole word, with an ellipsis', async () => {
		const questions = files.questions.filter((q) => q.data);
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) {
			const full = plainText(question.body);
			const description = meta(await readDist(`questions/${question.id}/index.html`), 'description');
			if (description === full) continue;
			expect(description, question.id).toMatch(/…$/);
			const kept = description.replace(/\s*…$/, '');
			expect(full.startsWith(kept), question.id).toBe(true);
			// What follows the cut in the full text is a space or a mark: the cut fell between words.
			expect(full.slice(kept.length), question.id).toMatch(/^[\s,;:.!?)”’"]/);
		}
	});
	it('names a claim the article makes in its own voice by its claimant, as its page does', async () => {
		const own = claims.filter(({ data }) => data.status === 'background');
		expect(own.length).toBeGreaterThan(0);
		for (const { id, data } of own) {
			const page = await readDist(`claims/${id}/index.html`);
			const named = claimantsOf(id).join(' and ');
			expect(meta(page, 'description'), id).toContain(`Claimed by ${named} (`);
			expect(readable(page), id).toContain(`Claimed by ${named}`);
			expect(data.claimant.length).toBeGreaterThan(0);
		}
	});
});

describe('figures read as ranges', () => {
	const qualified = estimates.filter(({ data }) => data.qualifier !== 'exact');
	it('has qualified figures to check', () => expect(qualified.length).toBeGreaterThan(2));
	it('gives each qualified figure its reading and basis in the figures table, estimates.csv and estimates.json', async () => {
		// The troop figures' table and the losses' table.
		const table = [...(await readDist('index.html')).matchAll(/<table class="estimates-table[\s\S]*?<\/table>/g)].map((m) => readable(m[0])).join(' ');
		const csv = parse(await readDist('data/estimates.csv'), { columns: true }) as Record<string, string>[];
		const json = JSON.parse(await readDist('data/estimates.json')) as Record<string, string | number>[];
		for (const { id, data } of qualified) {
			const row = rows.find((r) => r.id === id)!;
			expect(row.reading, id).not.toBe('');
			expect(table, id).toContain(`${row.reading}: ${data.basis}`);
			for (const record of [csv.find((r) => r.id === id)!, json.find((r) => r.id === id)!]) {
				expect(record.reading, id).toBe(row.reading);
				expect(record.basis, id).toBe(data.basis);
			}
		}
	});
	it('stores "up to N" as 0 to N', async () => {
		const upTo = estimates.filter(({ data }) => data.qualifier === 'up-to');
		expect(upTo.length).toBeGreaterThan(0);
		const csv = parse(await readDist('data/estimates.csv'), { columns: true }) as Record<string, string>[];
		for (const { id, data } of upTo) expect(csv.find((r) => r.id === id)).toMatchObject({ low: '0', high: String(data.value) });
	});
	it('keeps the hedge of a figure given in words on the chart, its table, the army table and the short label', async () => {
		const hedged = estimates.filter(({ data }) => hedgeWords(data.wording).some((word) => word !== 'hundreds' && !data.wording.toLowerCase().startsWith(word)));
		expect(hedged.length).toBeGreaterThan(0);
		const html = await readDist('index.html');
		const losses = html.slice(html.indexOf('id="chart-losses"'));
		for (const { data } of hedged) {
			const troops = isTroopCount(data.counts);
			for (const hedge of hedgeWords(data.wording)) {
				for (const part of ['<svg class="estimates-svg wide', '<table class="estimates-table']) {
					// The chart's marks' words and its table (troops or losses) keep the report's own hedge word.
					const element = extractElement(troops ? html : losses, part);
					expect(readable(element).toLowerCase(), `${part}: ${hedge}`).toContain(hedge);
				}
				// The army chart gives the figure with its qualifier as a kind ("about" for "around") and a hedged share.
				if (troops) {
					const row = rows.find((r) => r.claim === data.claim && r.wording === data.wording)!;
					expect(readable(extractElement(html.slice(html.indexOf('id="chart-scale"') - 60), '<figure class="chart-frame')), row.id).toContain(readable(row.figure));
				}
				const claim = claims.find((c) => c.id === data.claim)!;
				expect(claim.data.short?.toLowerCase(), `short of ${claim.id}`).toContain(hedge);
			}
		}
	});
});
