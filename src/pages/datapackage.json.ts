/** /datapackage.json — a Frictionless Data Package generated from the schemas. */
import type { APIRoute } from 'astro';
import { dataPackage } from '../lib/data/dataPackage.ts';
import { packageInfo } from '../site/packageInfo.ts';
import { loadSiteData } from '../site/siteData.ts';

export const GET: APIRoute = async ({ site }) => {
  const pkg = dataPackage(packageInfo(await loadSiteData(), site));
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
