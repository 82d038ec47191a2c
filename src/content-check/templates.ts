import type { CollectionName } from '../schemas/collections.ts';

/**
 * The starting file `npm run new` writes for each kind of entry: every field present, each with a
 * short comment. Placeholders are left empty or marked TODO, so the content check points at each
 * one until it is filled in.
 */
export const TEMPLATES = {
	claim: {
		collection: 'claims',
		text: `---
# What was claimed, in our words, attributed as the article attributes it.
statement: ""
# A few words for tables and lists, at most 60 characters (else delete the line).
short: ""
# The article's exact words, if the claim rests on a short quotation (else delete the line).
quote: ""
# Who made the claim: a source id from content/sources/ (or a list, for a joint claim).
claimant: TODO-source-id
# The outlets that carried it, nearest to the claimant first.
reportedBy:
  - TODO-source-id
# The reports that carry it, as report ids from content/reports/: first the one it first
# appeared in. Leave empty for the first report; name the follow-up for a claim from one.
reports: []
# When it was stated. precision: day, month, year or range; wording: that report's words.
# If the article does not date the claim: precision: by, value: the dateline (2024-11-06),
# wording: "November 6" -- it is then shown as undated, never as said on that day.
stated:
  value: YYYY-MM-DD
  precision: day
  wording: "TODO: the article's words, e.g. on Tuesday"
# One of: confirmed, officially-stated, reported, background, disputed, unverified.
status: TODO
# The day you last assessed the status: your date (today), never the article's.
assessed: YYYY-MM-DD
# Place ids from content/places/ the claim is about (may be empty).
places: []
# Topic ids from content/story.md; the first decides the section it appears in.
topics:
  - TODO-topic
# Claim ids this claim backs up, narrows (qualifies) or says are wrong (contradicts).
supports: []
qualifies: []
contradicts: []
# Old ids of this claim that must keep working (see "Rename a claim" in content/README.md).
aliases: []
# Dated notes of changes made after publication: - date: YYYY-MM-DD / note: "..."
corrections: []
---

TODO: explain the context in our own words. Cite another claim by writing \`:claim[some text]{#its-id}\`.
`,
	},
	source: {
		collection: 'sources',
		text: `---
# The name as a reader should see it.
name: ""
# How the article identifies the source, e.g. "Defence Minister of …".
role: ""
# One of: official, government-body, unnamed-official, former-official, news-agency,
# newspaper, broadcaster, news-outlet, unnamed-source.
kind: TODO
# Whose voice: one of the ids under sides in content/story.md.
side: TODO
# The source's own web address, starting https:// (or http://); else delete the line.
url: "TODO: https://…"
---
`,
	},
	estimate: {
		collection: 'estimates',
		text: `---
# The figure: a whole number, or a range written as min: / max: on two indented lines.
value: 0
# What it counts: present (sent or present), planned (planned or expected), killed,
# wounded, killed-and-wounded or captured.
counts: TODO
# The qualifier the report gives it: at-least, more-than, about, nearly, at-most, as-many-as,
# up-to, range (two ends, or words such as "hundreds") or exact (a bare number).
qualifier: TODO
# Where the counted are: one of the ids under scopes in content/story.md.
scope: TODO
# The report's own words for the figure, e.g. "up to 10,000".
wording: ""
# How the figure is read as a range of counts, and why: needed for every qualifier but exact (delete the line for exact).
basis: ""
# Who gave the figure: a source id; it must be a claimant of the claim below.
statedBy: TODO-source-id
# The reports that carry the figure, as report ids: first the one it first appeared in
# (leave empty for the first report).
reports: []
# When the figure was given, as for a claim.
stated:
  value: YYYY-MM-DD
  precision: day
  wording: "TODO"
# Other reports' words for the same statement: - { report: <id, also under reports>, wording: "…" }.
otherWordings: []
# The claim the figure comes from.
claim: TODO-claim-id
---
`,
	},
	event: {
		collection: 'timeline',
		text: `---
# What happened, in a short line in our words.
title: ""
# When. precision: day, month, year or range (value like 1950/1953); wording: the article's words.
date:
  value: YYYY-MM-DD
  precision: day
  wording: "TODO"
# Claim ids that tell of the event.
claims: []
# Place ids where it happened.
places: []
# The reports that tell of it, first the one whose words date it (empty: the first report).
reports: []
key: false  # true: a key event, listed under "What we know now" at the top of the story
---
`,
	},
	place: {
		collection: 'places',
		text: `---
# The name as a reader should see it.
name: ""
# One of: city, region, country.
kind: city
# Marker position in degrees: latitude north (-90 to 90), longitude east (-180 to 180).
lat: 0
lon: 0
# Where the coordinates come from; they are not in the article.
coordinatesBasis: "TODO: e.g. City centre, from a standard gazetteer; not in the article."
# Which side of the marker its label sits on: left or right.
labelSide: right
# A place id the map gives the straight-line distance to from here (else delete the line).
distanceTo: TODO-place-id
# The region's code in the map's boundary data, e.g. RU.KS (else delete the line).
boundary: XX.XX
---

TODO: one sentence on why the place matters to the story.
`,
	},
	question: {
		collection: 'questions',
		text: `---
# The question as a reader would ask it.
question: ""
# Position among the key questions, smallest first.
order: 99
# Claim ids that bear on the question.
claims:
  - TODO-claim-id
# Where the sources disagree (else delete these lines): what differs, the claims on each
# side, and a sentence on how they differ.
disagreement:
  differs: ""
  claims:
    - TODO-claim-id
    - TODO-claim-id
  note: ""
# The day you last read the answer against its claims, YYYY-MM-DD (today, when you write it).
reviewed: YYYY-MM-DD
---

TODO: the short answer, in our own words, reflecting the evidence and its uncertainty.
`,
	},
	report: {
		collection: 'reports',
		text: `---
# The outlet that published the report: a source id from content/sources/ (add the source first).
outlet: TODO-source-id
# The agency whose copy it carries, as a source id (else delete the line).
agency: TODO-source-id
# The dateline city, only if the report prints one, e.g. Seoul (else delete the line).
dateline: TODO
# The day it was published, with the report's own words for it. Its relative dates ("on Tuesday")
# are read against this day.
published:
  value: YYYY-MM-DD
  precision: day
  wording: "TODO: the report's words for its date, e.g. November 8"
# The report's headline as published (else delete the line).
title: "TODO: the headline"
# Where it can be read, starting https:// (else delete the line).
url: "TODO: https://…"
---

TODO: in a sentence or two, in our words: what this report adds to the story.
`,
	},
} as const satisfies Record<string, { collection: CollectionName; text: string }>;

export type TemplateKind = keyof typeof TEMPLATES;
