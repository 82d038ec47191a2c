// On an embed page: tells the host page how tall the content is, whenever that changes, so the
// host's snippet can size the iframe to fit. A page that is not framed posts nothing.
import { EMBED_HEIGHT_MESSAGE, LEGACY_EMBED_HEIGHT_MESSAGE } from '../story/embeds.ts';

if (window.parent !== window) {
	let last = 0;
	const post = () => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		for (const type of [EMBED_HEIGHT_MESSAGE, LEGACY_EMBED_HEIGHT_MESSAGE]) window.parent.postMessage({ type, height }, '*');
	};
	new ResizeObserver(post).observe(document.documentElement);
	post();
}
