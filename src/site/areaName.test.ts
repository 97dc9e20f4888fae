import { describe, expect, it } from 'vitest';
import { areaName } from './areaName.ts';

describe('areaName', () => {
  it.each([
    [{ name: 'Pác Nặm', unit_type: 'huyện' }, 'vi', 'Huyện Pác Nặm'],
    [{ name: 'Bắc Kạn', unit_type: 'thành phố' }, 'vi', 'Thành phố Bắc Kạn'],
    [{ name: 'Bắc Kạn', unit_type: 'tỉnh' }, 'en', 'Bắc Kạn province'],
    [{ name: 'Chợ Đồn', unit_type: 'huyện' }, 'en', 'Chợ Đồn district'],
  ] as const)('%o in %s is %s', (area, lang, expected) => {
    expect(areaName(area, lang)).toBe(expected);
  });
});
