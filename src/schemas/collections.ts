import type { z } from 'astro/zod';
import { Claim } from './claim.ts';
import { Estimate } from './estimate.ts';
import { Note } from './note.ts';
import { Place } from './place.ts';
import { Question } from './question.ts';
import { Report } from './report.ts';
import { Source } from './source.ts';
import { Story } from './story.ts';
import { TimelineEvent } from './timeline-event.ts';

/**
 * Where each collection lives under `content/` and the schema its front matter must match.
 * Astro's collections (`src/content.config.ts`) and the content checker both read this table,
 * so there is one list of rules.
 */
export const COLLECTIONS = {
	claims: { base: 'content/claims', pattern: '**/*.md', schema: Claim, noun: 'claim' },
	sources: { base: 'content/sources', pattern: '**/*.md', schema: Source, noun: 'source' },
	estimates: { base: 'content/estimates', pattern: '**/*.md', schema: Estimate, noun: 'estimate' },
	timeline: { base: 'content/timeline', pattern: '**/*.md', schema: TimelineEvent, noun: 'timeline event' },
	places: { base: 'content/places', pattern: '**/*.md', schema: Place, noun: 'place' },
	notes: { base: 'content/notes', pattern: '**/*.md', schema: Note, noun: 'note' },
	questions: { base: 'content/questions', pattern: '**/*.md', schema: Question, noun: 'question' },
	reports: { base: 'content/reports', pattern: '**/*.md', schema: Report, noun: 'report' },
	story: { base: 'content', pattern: 'story.md', schema: Story, noun: 'story' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export type CollectionData<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]['schema']>;
