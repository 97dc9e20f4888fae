/** /datapackage.json — a Frictionless Data Package generated from the schemas. */
import type { APIRoute } from 'astro';
import { dataPackage } from '../lib/data/dataPackage.ts';
import { loadSite } from '../site/loadSite.ts';

export const GET: APIRoute = async () => {
  const pkg = dataPackage((await loadSite()).pkg);
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
