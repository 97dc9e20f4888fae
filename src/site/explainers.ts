/** Explainer entries are stored as content/explainers/<lang>/<slug>.mdx; the id is "<lang>/<slug>". */
export function explainerSlug(id: string): string {
  return id.split('/').at(-1) ?? id;
}
