/** /thay-doi/atom.xml — the change record as an Atom feed, one entry per data commit. */
import type { APIRoute } from 'astro';
import { pathTo, withBase, type Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { atomFeed, type FeedWords } from '../../lib/changes/atom.ts';
import { loadChangeLog } from '../../lib/changes/changeLog.ts';
import { changesPath } from '../../site/urls.ts';
import { DATASETS } from '../../lib/schemas/datasets.ts';
import { entryHeading } from '../../site/changeText.ts';
import { loadSite } from '../../site/loadSite.ts';

/** The feed's own words in one language (lib/changes/atom.ts holds no UI text). */
const feedWords = (lang: Lang): FeedWords => ({
  reason: t(lang, 'changes.reason'),
  noReason: t(lang, 'changes.noReason'),
  summary: (counts) => t(lang, 'changes.summary', counts),
});

export const GET: APIRoute = async ({ site }) => {
  const { data } = await loadSite();
  const siteName = t('vi', 'site.name', { province: data.province.name });
  const page = new URL(pathTo('vi', 'changes'), site);
  const feed = atomFeed(loadChangeLog(data.dir).entries, {
    title: t('vi', 'changes.feedTitle', { site: siteName }),
    subtitle: t('vi', 'changes.feedSubtitle'),
    feedUrl: new URL(withBase(changesPath.feed), site).href,
    pageUrl: page.href,
    entryUrl: (entry) => new URL(`#c-${entry.short}`, page).href,
    authorName: siteName,
    datasetTitle: (name) => `${DATASETS[name].title.vi} / ${DATASETS[name].title.en}`,
    // The data version's date (the newest commit of a dataset file, known even in a shallow clone).
    entryTitle: (entry) => entryHeading('vi', entry),
    words: { vi: feedWords('vi'), en: feedWords('en') },
    emptyUpdated: Object.values(data.lastUpdated).filter(Boolean).sort().at(-1),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
