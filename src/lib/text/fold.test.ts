import { describe, expect, it } from 'vitest';
import { dWordsFolded, foldVietnamese, slugify } from './fold.ts';

describe('fold', () => {
  it('removes accents including đ/Đ', () => {
    expect(foldVietnamese('Chợ Đồn, Bắc Kạn, đường')).toBe('Cho Don, Bac Kan, duong');
  });
  it('slugifies', () => {
    expect(slugify('Bắc Kạn')).toBe('bac-kan');
    expect(slugify('  Chợ Đồn!! ')).toBe('cho-don');
  });
  it('lists the đ-words folded, once each', () => {
    expect(dWordsFolded('Huyện Chợ Đồn và Chợ Đồn, đường điện')).toEqual(['Don', 'duong', 'dien']);
  });
});
