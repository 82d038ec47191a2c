// The image policy for Markdown bodies: an image is a file the site serves itself, from
// `public/`, written from the site root (`![What it shows](/images/kursk.png)`), with a
// description. Anything else would be dropped or broken on the page: a relative path becomes an
// internal placeholder, a malformed address loses the whole body, another host's image is
// blocked by the Content-Security-Policy.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { parseBody } from './body-tree.ts';

/** An image in a Markdown body: its address as written, its description, its 1-based line in the body. */
export interface BodyImage {
	url: string;
	alt: string | undefined;
	line: number;
}

const HTML_IMAGE = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const HTML_ALT = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** Every image in a body (its text, or its tree from body-tree.ts): Markdown images (also by reference) and raw `<img>` tags. */
export function findImages(body: string | Root): BodyImage[] {
	const tree = typeof body === 'string' ? parseBody(body) : body;
	const definitions = new Map<string, string>();
	visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
	const found: BodyImage[] = [];
	visit(tree, (node) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'image') found.push({ url: node.url, alt: node.alt ?? undefined, line });
		else if (node.type === 'imageReference') found.push({ url: definitions.get(node.identifier) ?? '', alt: node.alt ?? undefined, line });
		else if (node.type === 'html') {
			for (const match of node.value.matchAll(HTML_IMAGE)) {
				const tag = match[0] + node.value.slice(match.index + match[0].length).split('>')[0];
				const alt = HTML_ALT.exec(tag);
				const before = node.value.slice(0, match.index).split('\n').length - 1;
				found.push({ url: match[1] ?? match[2] ?? match[3] ?? '', alt: alt ? (alt[1] ?? alt[2] ?? alt[3]) : undefined, line: line + before });
			}
		}
	});
	return found;
}

const EXAMPLE = '![What the image shows](/images/name.png), with the file in public/images/';

/** What is wrong with one image under the policy, or undefined; `publicDir` is the site's `public/` folder. */
export function imageProblem(image: BodyImage, publicDir: string): string | undefined {
	const { url } = image;
	if (!image.alt?.trim()) return `has an image without a description ("${url}"): say what it shows, as in ${EXAMPLE}`;
	if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) {
		return `has an image from another address ("${url}"), which the site's security policy blocks: save the file under public/ and write ${EXAMPLE}`;
	}
	let decoded: string;
	try {
		decoded = decodeURI(url.split(/[?#]/)[0]!);
	} catch {
		return `has an image address that is not valid ("${url}": a stray or incomplete %-escape): write the file's path as it is, as in ${EXAMPLE}`;
	}
	if (!url.startsWith('/')) return `has an image at a relative path ("${url}"): images are files under public/, written from the site root, as in ${EXAMPLE}`;
	const root = path.resolve(publicDir);
	const file = path.join(root, decoded);
	if (!file.startsWith(root + path.sep)) return `has an image outside public/ ("${url}"): write ${EXAMPLE}`;
	if (!existsSync(file) || !statSync(file).isFile()) return `has an image "${url}" with no file at public${decoded}: add the file, or correct the path`;
	return undefined;
}
