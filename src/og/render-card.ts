import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardFonts } from './card-fonts.ts';
import { claimCard, type CardNode, type ClaimCardData } from './claim-card.ts';

/** Bump when the card's design changes, so every cached card is redrawn. */
const DESIGN_VERSION = '6';
/** Cards already drawn, by content hash. Kept between builds; safe to delete. CLAIM_CARD_CACHE moves it. */
export const CARD_CACHE = path.resolve(process.env.CLAIM_CARD_CACHE ?? 'node_modules/.cache/claim-cards');

/** All the text a card draws, to choose its fonts by. */
const textOf = (node: CardNode | string): string => {
	if (typeof node === 'string') return node;
	const { children } = node.props;
	return children === undefined ? '' : (Array.isArray(children) ? children : [children]).map(textOf).join(' ');
};

/** The hash that names a card: everything drawn on it, plus the design version. */
export const cardHash = (data: unknown) => createHash('sha256').update(JSON.stringify([DESIGN_VERSION, data])).digest('hex').slice(0, 20);

/** A claim's 1200×630 PNG social card; an unchanged claim is read from the cache. */
export const renderClaimCard = (data: ClaimCardData) => renderCard(data, claimCard(data));

/**
 * A 1200×630 PNG social card. Drawn with satori (text becomes paths, in the fonts shipped
 * with the project) and rasterised by resvg; a card whose `data` is unchanged is read from the
 * cache, named by the hash of the data that drew it.
 */
export async function renderCard(data: unknown, node: CardNode): Promise<{ png: Buffer; cached: boolean }> {
	const file = path.join(CARD_CACHE, `${cardHash(data)}.png`);
	if (existsSync(file)) return { png: await readFile(file), cached: true };
	const svg = await satori(node as never, { width: 1200, height: 630, fonts: await cardFonts(textOf(node)) });
	const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: 1200 } }).render().asPng();
	await mkdir(CARD_CACHE, { recursive: true });
	// Written under another name, then renamed: a build sharing the cache never reads half a card.
	const partial = `${file}.${process.pid}.partial`;
	await writeFile(partial, png);
	await rename(partial, file);
	return { png, cached: false };
}
