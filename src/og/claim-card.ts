import { truncate } from '../story/text.ts';

/** What a claim's social card shows. */
export interface ClaimCardData {
	statement: string;
	claimant: string;
	side: string;
	status: string;
	date: string;
	siteName: string;
	/** Figures in tension with the claim's, or the claims that qualify it, as one line of text ("" for none): a card never shows the claim without them. */
	context?: string;
}

/** A satori element: plain objects, no JSX, so this file runs anywhere. */
export interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

const h = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
	type,
	props: { style, children },
});

/** Type size for the statement: smaller as it gets longer, so it always fits the card. */
export const statementSize = (text: string) => (text.length > 150 ? 44 : text.length > 100 ? 52 : 60);

/**
 * The 1200×630 card: site name and status on top, the claim in large type, who said it and
 * when below, and under them, in amber, what it stands in tension with or is qualified by.
 */
export function claimCard(data: ClaimCardData): CardNode {
	const statement = truncate(data.statement, 220);
	const context = data.context ? truncate(data.context, 170) : '';
	return h(
		'div',
		{ width: 1200, height: 630, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 64px', background: '#ffffff', color: '#1a1a1a', fontFamily: 'Inter', borderTop: '16px solid #b3261e' },
		[
			h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 28 }, [
				h('div', { display: 'flex', fontWeight: 700, color: '#b3261e' }, data.siteName),
				h('div', { display: 'flex', padding: '6px 18px', border: '3px solid #0b4a9e', borderRadius: 8, color: '#0b4a9e', fontWeight: 700 }, data.status),
			]),
			// A word longer than the card's width breaks rather than running off the card.
			h('div', { display: 'flex', fontSize: statementSize(statement) - (context ? 8 : 0), fontWeight: 700, lineHeight: 1.2, wordBreak: 'break-word' }, statement),
			h('div', { display: 'flex', flexDirection: 'column', fontSize: 28, color: '#444' }, [
				h('div', { display: 'flex' }, `Claimed by ${data.claimant} (${data.side})`),
				h('div', { display: 'flex' }, data.date),
				...(context ? [h('div', { display: 'flex', marginTop: 10, paddingLeft: 14, borderLeft: '6px solid #b26a00', fontSize: 24, color: '#1a1a1a' }, context)] : []),
			]),
		],
	);
}
