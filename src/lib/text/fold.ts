/** Vietnamese without diacritics, for search and for addresses: "Chợ Đồn" → "Cho Don". */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** "Bắc Kạn" → "bac-kan". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The words of a text that contain đ/Đ, folded: what Pagefind's own folding misses. */
export function dWordsFolded(text: string): string[] {
  const words = text.match(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu) ?? [];
  return [...new Set(words.map(foldVietnamese))];
}
