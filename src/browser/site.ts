// The site's one module, loaded at the end of every page's body, so no script request stops the
// parser before the page's text is painted. Each behaviour attaches only to the elements it is
// for, on whichever page has them; embeds have their own (layouts/Embed.astro).
import './site-search.ts';
import './embed-code.ts';
import './copy-link.ts';
import './claim-filter.ts';
import './map-facade.ts';
import './reveal-target.ts';

// Only the 404 page carries the known ids; its "did you mean" (and the edit distance it needs)
// loads there alone, not with every page.
if (document.getElementById('known-claims')) void import('./not-found.ts');
// Only a claim's page cites the claim; its copy buttons load there alone.
if (document.querySelector('copy-citation')) void import('./copy-citation.ts');
