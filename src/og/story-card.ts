import { truncate } from '../story/text.ts';
import type { CardNode } from './claim-card.ts';

/** What the story's (or an embed's) social card shows. */
export interface StoryCardData {
	/** Small line on top: the site's name. */
	siteName: string;
	title: string;
	/** One or two sentences under the title. */
	text: string;
	/** Up to four figures, each "Volodymyr Zelenskyy: about 11,000 in the Kursk region · in tension". */
	figures: string[];
}

const h = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({ type, props: { style, children } });

/** The 1200×630 card for the story page and the map and figures embeds: title, text, the figures. */
export function storyCard(data: StoryCardData): CardNode {
	return h(
		'div',
		{ width: 1200, height: 630, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '52px 64px', background: '#ffffff', color: '#1a1a1a', fontFamily: 'Inter', borderTop: '16px solid #b3261e' },
		[
			h('div', { display: 'flex', fontSize: 28, fontWeight: 700, color: '#b3261e' }, data.siteName),
			h('div', { display: 'flex', flexDirection: 'column' }, [
				h('div', { display: 'flex', fontSize: data.title.length > 80 ? 46 : 54, fontWeight: 700, lineHeight: 1.15 }, truncate(data.title, 120)),
				h('div', { display: 'flex', fontSize: 26, color: '#444', marginTop: 18, lineHeight: 1.3 }, truncate(data.text, 180)),
			]),
			h(
				'div',
				{ display: 'flex', flexDirection: 'column', fontSize: 24, color: '#1a1a1a', borderTop: '2px solid #ddd', paddingTop: 14 },
				data.figures.slice(0, 4).map((figure) => h('div', { display: 'flex', fontSize: figure.length > 80 ? 20 : 24 }, truncate(figure, 120))),
			),
		],
	);
}
