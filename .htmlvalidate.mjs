// html-validate settings for dist/. Each relaxed rule says why.
export default {
	extends: ['html-validate:recommended'],
	// Our custom elements, upgraded by their scripts: each wraps ordinary flow content.
	elements: [
		'html5',
		{
			'copy-link': { flow: true, phrasing: true, permittedContent: ['@phrasing'] },
			'embed-code': { flow: true, permittedContent: ['details'] },
			'claim-filter': { flow: true, permittedContent: ['@flow'] },
			'site-search': { flow: true, permittedContent: ['@flow'] },
		},
	],
	rules: {
		// Astro writes boolean attributes and void elements its own way (`<br>`, `hidden`); both are valid HTML.
		'void-style': 'off',
		'attribute-boolean-style': 'off',
		// A claim page is titled with the claim's whole statement, often over 70 characters: the title
		// must say the claim, not a cut-down of it.
		'long-title': 'off',
		// Our claim ids are long by design (they are readable permanent anchors).
		'valid-id': ['error', { relaxed: true }],
	},
};
