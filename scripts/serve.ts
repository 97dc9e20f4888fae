/** npm start: build the site, then serve dist/ on http://localhost:4321 with Astro's static preview. */
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['scripts/build-site.ts'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
process.stdout.write('\nServing the site on http://localhost:4321/ (Ctrl+C to stop)\n');
const port = process.env.PORT ?? '4321';
spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', port], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
