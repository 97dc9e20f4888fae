import { describe, expect, it } from 'vitest';
import { CLASS_COLOURS, classesFor, classOf, NO_DATA } from './classes.ts';

describe('map classes', () => {
  it('uses round breaks from 0 to the largest value, the same for every year', () => {
    const classes = classesFor([1.93, 18.5, 35.22, 50.84]);
    expect(classes.breaks).toEqual([10, 20, 30, 40]);
    expect(classOf(1.93, classes)).toBe(0);
    expect(classOf(20, classes)).toBe(2);
    expect(classOf(50.84, classes)).toBe(4);
  });

  it('puts a missing value in its own class, unlike any colour class', () => {
    expect(classOf(undefined, classesFor([1, 2]))).toBe(-1);
    expect(CLASS_COLOURS).not.toContain(NO_DATA.fill);
  });

  it('copes with an indicator that has no values at all', () => {
    expect(classOf(0, classesFor([]))).toBe(4);
  });
});
