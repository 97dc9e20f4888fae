/** The policy explainers: MDX files in content/explainers/{vi,en}/, one per topic and language. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';

const explainers = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/explainers' }),
  schema: z.object({
    /** Shared by both languages of one topic, for the language switch. */
    key: z.string(),
    lang: z.enum(['vi', 'en']),
    title: z.string(),
    description: z.string().max(200),
    order: z.number().int(),
    sources: z.array(z.url()).default([]),
  }),
});

export const collections = { explainers };
