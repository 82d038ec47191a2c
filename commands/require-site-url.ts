// The first step of `npm run publish`: refuses to go on without the site's real address, so a
// published site never links, feeds or embeds from the placeholder https://kursk-explainer.example.
import { PLACEHOLDER_SITE_URL, SITE_URL_HELP, siteAddress } from '../src/integrations/site-address.ts';

try {
	const { site, base, placeholder } = siteAddress();
	if (placeholder) {
		console.error(`npm run publish needs the site's address: without SITE_URL, every link, feed, social card and embed code would point at ${PLACEHOLDER_SITE_URL}.\n\n${SITE_URL_HELP}`);
		process.exitCode = 1;
	} else {
		console.log(`Publishing for ${site}${base}/`);
	}
} catch (error) {
	console.error(`${(error as Error).message}\n\n${SITE_URL_HELP}`);
	process.exitCode = 1;
}
