import { describe, expect, it } from 'vitest';
import { findImages, imageProblem } from '../../src/content-check/body-images.ts';

describe('findImages', () => {
	it('finds Markdown images, images by reference and raw <img> tags, each on its line', () => {
		const body = ['Text.', '', '![Kursk](/a.png)', '', '![Seoul][s]', '', '<p>x <img alt="y" src=\'/b.png\'></p>', '', '[s]: /c.png'].join('\n');
		expect(findImages(body)).toEqual([
			{ url: '/a.png', alt: 'Kursk', line: 3 },
			{ url: '/c.png', alt: 'Seoul', line: 5 },
			{ url: '/b.png', alt: 'y', line: 7 },
		]);
	});
	it('finds nothing in prose that only mentions an image', () => {
		expect(findImages('An `<img>` tag and a ![ in code`](x)` do not count: `![a](b)`')).toEqual([]);
	});
});

describe('imageProblem', () => {
	const at = (url: string, alt = 'A description') => imageProblem({ url, alt, line: 1 }, 'public');
	it('accepts a described file under public/, written from the site root', () => {
		expect(at('/favicon.svg')).toBeUndefined();
	});
	it.each([
		['%E0%A4%A', /not valid/],
		['/x%E0.png', /not valid/],
		['front.png', /relative path/],
		['../public/favicon.svg', /relative path/],
		['https://example.net/a.png', /another address/],
		['//example.net/a.png', /another address/],
		['data:image/png;base64,AAAA', /another address/],
		['/../package.json', /outside public|no file/],
		['/map', /no file/],
	])('refuses %s', (url, problem) => {
		expect(at(url)).toMatch(problem);
	});
	it('refuses an image with no description', () => {
		expect(at('/favicon.svg', ' ')).toMatch(/without a description/);
	});
});
