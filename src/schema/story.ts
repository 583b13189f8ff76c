// A story as the compiled graph carries it: an ordered list of views with captions. The compiler
// parses each caption (captionText.ts) into the nodes below and checks every reference, so the app
// renders plain data: text goes into text nodes, never into HTML.
import { z } from 'zod';

const text = z.string();

/** One piece of a caption's paragraph. Emphasis and links hold plain text only. */
export const captionNodeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text }),
  z.strictObject({ type: z.literal('emphasis'), text }),
  z.strictObject({ type: z.literal('strong'), text }),
  /** An http(s) link; the compiler refuses any other scheme. */
  z.strictObject({ type: z.literal('link'), text, href: text }),
  /** `[[id]]`: an entity, relation or claim (its current id, former ids resolved). */
  z.strictObject({ type: z.literal('ref'), id: text }),
  /** `[[quote:id#n]]`: the n-th quote (1-based) of a relation or claim, resolved to its words. */
  z.strictObject({
    type: z.literal('quote'),
    item: text,
    n: z.number().int().positive(),
    source: text,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    exact: text,
  }),
]);
export type CaptionNode = z.infer<typeof captionNodeSchema>;

/** Paragraphs, each a list of inline nodes. */
export const captionSchema = z.array(z.array(captionNodeSchema));
export type Caption = z.infer<typeof captionSchema>;

export const storyStepSchema = z.strictObject({
  title: text,
  caption: captionSchema,
  /** The step's view as its canonical query (docs/url-format.md), without `?`. */
  view: text,
});
export type StoryStep = z.infer<typeof storyStepSchema>;

export const compiledStorySchema = z.strictObject({
  id: text,
  title: text,
  description: text,
  steps: z.array(storyStepSchema).min(1),
});
export type CompiledStory = z.infer<typeof compiledStorySchema>;
