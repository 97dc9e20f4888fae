/**
 * Headless LibreOffice (Debian's `libreoffice-calc-nogui`) as a user's spreadsheet: each run gets
 * its own profile, set to one locale, so runs in parallel do not clash and a Vietnamese run reads
 * numbers as a Vietnamese desktop does. Many files go through one soffice call, which is what
 * keeps it fast (starting LibreOffice costs about a second, a file a few milliseconds).
 */
import { execFile } from 'node:child_process';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const INSTALL_HINT =
  'LibreOffice is not installed: apt-get install libreoffice-calc-nogui (the outside checks open every spreadsheet download in it)';

/** The locales a reader's LibreOffice may run in: it reads numbers by its locale. */
export const LOCALES = ['en-US', 'vi-VN'] as const;
export type Locale = (typeof LOCALES)[number];

/** The soffice binary, or undefined when LibreOffice is not installed. */
export async function findSoffice(): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) {
    const candidate = join(dir, 'soffice');
    if (
      await access(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return undefined;
}

/** A fresh profile whose locale is `locale`, as a user's own settings would be. */
export async function makeProfile(dir: string, locale: Locale): Promise<string> {
  await mkdir(join(dir, 'user'), { recursive: true });
  await writeFile(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/**
 * The options of LibreOffice's CSV import as a user's first "Text Import" would have them:
 * comma, double quote, UTF-8, from line 1, language from the profile's locale. Formulas are
 * evaluated (token 13), the least forgiving reading: text that starts with "=" must not run.
 */
export const CSV_IMPORT = 'Text - txt - csv (StarCalc):44,34,76,1,,,false,false,,,,,true';

export interface ConvertOptions {
  soffice: string;
  profile: string;
  inputs: string[];
  outDir: string;
  /** A target such as `fods` or `xlsx:Calc MS Excel 2007 XML`. */
  to: string;
  /** An import filter, for CSV inputs. */
  infilter?: string;
}

/**
 * Converts every input in one soffice call. The exit status is not trusted (soffice can abort on
 * exit after saving everything); the caller looks for each output file instead.
 */
export async function convert(options: ConvertOptions): Promise<string> {
  const args = [
    `-env:UserInstallation=file://${options.profile}`,
    '--headless',
    '--norestore',
    '--nologo',
    ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
    '--convert-to',
    options.to,
    '--outdir',
    options.outDir,
    ...options.inputs,
  ];
  const result = await run(options.soffice, args, { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string }) => error,
  );
  return `${result.stdout ?? ''}${result.stderr ?? ''}`;
}
