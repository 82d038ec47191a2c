/** The anchor id of a claim on the story page: the claim's id itself. */
export const claimAnchor = (id: string) => id;

/** A link to a claim on the story page. */
export const claimAnchorHref = (id: string) => `/#${claimAnchor(id)}`;

/** The path of a claim's own page. */
export const claimPagePath = (id: string) => `/claims/${id}/`;

/** The anchor id of a source in the sources list. */
export const sourceAnchor = (id: string) => `source-${id}`;

/** The anchor id of a place in the places list. */
export const placeAnchor = (id: string) => `place-${id}`;

/** The anchor id of a timeline event. */
export const eventAnchor = (id: string) => `event-${id}`;

/** The anchor id of a question on the story page. */
export const questionAnchor = (id: string) => `question-${id}`;

/** The path of a question's own page. */
export const questionPagePath = (id: string) => `/questions/${id}/`;
