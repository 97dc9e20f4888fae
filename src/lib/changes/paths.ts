/**
 * Where the change record's files and the release checksums live under the site, shared by the
 * endpoints that write them and the pages that link to them (paths before the site base).
 */
export const changesPath = {
  /** A dataset file as it was after one change. */
  history: (short: string, dataset: string) => `/data/history/${short}/${dataset}.csv`,
  feed: '/thay-doi/atom.xml',
  checksums: '/data/SHA256SUMS.txt',
};
