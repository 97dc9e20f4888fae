/**
 * /data/history/<change id>/<dataset>.csv — a dataset file exactly as it was after one change,
 * for every commit that touched it. Bounded by the change record: nothing else is kept.
 */
import type { APIRoute } from 'astro';
import { loadChangeLog } from '../../../../lib/changes/changeLog.ts';
import { loadSite } from '../../../../site/loadSite.ts';

export async function getStaticPaths() {
  const { dir } = (await loadSite()).data;
  return loadChangeLog(dir).entries.flatMap((entry) =>
    entry.files
      .filter((file) => file.bytes !== null)
      .map((file) => ({
        params: { commit: entry.short, name: file.dataset },
        props: { bytes: file.bytes! },
      })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { bytes: Uint8Array<ArrayBuffer> }).bytes, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
