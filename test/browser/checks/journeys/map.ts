/** The map journey: changing the indicator and the year changes what the map page shows. */
import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../../../../src/lib/text/lang.ts';
import { expect } from '../../lib/results.ts';
import { PATHS } from '../../lib/site.ts';
import { AREA_PATH, TIMEOUT, go, status, visibleH1 } from './steps.ts';

/** What main shows, as text, leaving out the selects' own option lists. */
async function shownText(page: Page): Promise<string> {
  return page
    .locator('main')
    .evaluate((main) => {
      let text = (main as HTMLElement).innerText;
      main.querySelectorAll('select').forEach((s) => (text = text.replace(s.innerText, '')));
      return text;
    })
    .catch(() => '');
}

async function chooseOther(page: Page, select: Locator, what: string): Promise<void> {
  const options = await select.locator('option').evaluateAll((os) =>
    os.map((o) => ({
      value: (o as HTMLOptionElement).value,
      disabled: (o as HTMLOptionElement).disabled,
    })),
  );
  const current = await select.inputValue();
  const next = options.find((o) => !o.disabled && o.value !== current);
  expect(next, `select[name="${what}"] offers no other choice than "${current}"`);
  const before = await shownText(page);
  await select.selectOption(next.value);
  // The page must show something else: in place, or by loading the page for the new choice.
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    await page.waitForLoadState('load');
    if ((await shownText(page)) !== before) break;
    expect(
      Date.now() < deadline,
      `choosing ${what} "${next.value}" changed nothing the page shows within ${TIMEOUT / 1000} s`,
    );
    await page.waitForTimeout(100);
  }
  const after = page.locator(`select[name="${what}"]`).first();
  expect(
    (await after.inputValue()) === next.value,
    `select[name="${what}"] does not keep the choice "${next.value}"`,
  );
}

export async function mapJourney(page: Page, origin: string, lang: Lang): Promise<void> {
  const path = PATHS.map[lang];
  const code = await status(origin, path);
  expect(code !== 404, `${path} returns 404: the map page is missing`);
  await go(page, origin, path);
  const indicator = page.locator('main select[name="indicator"]').first();
  const year = page.locator('main select[name="year"]').first();
  expect(
    (await indicator.count()) > 0 && (await year.count()) > 0,
    `${path} has no select[name="indicator"] and select[name="year"]`,
  );
  await indicator.scrollIntoViewIfNeeded();
  await chooseOther(page, indicator, 'indicator');
  await chooseOther(page, page.locator('main select[name="year"]').first(), 'year');
  const areaLinks = page.locator('main table a[href]');
  const hrefs = await areaLinks.evaluateAll((as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  const index = hrefs.findIndex((h) => AREA_PATH.test(h));
  expect(index >= 0, `${path}: the map's table alternative links to no area page`);
  const target = hrefs[index]!;
  const link = areaLinks.nth(index);
  await link.scrollIntoViewIfNeeded();
  await Promise.all([page.waitForURL((u) => u.pathname === target), link.click()]);
  await visibleH1(page);
}
