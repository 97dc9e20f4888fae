import { describe, expect, it } from 'vitest';
import { replaceLine, validateEdited } from '../../../../test/helpers/fixtureDir.ts';

const ROW = '2016,2020,09,DA1,TDA1,central_budget,investment,exact';

describe('disbursed within allocated', () => {
  it.each([
    // [allocated, disbursed, note (English; the Vietnamese note beside it), flag, expected problem or null]
    ['1000', '1200', '', '', ['rule/disbursed-exceeds-allocated', 'disbursed_million_vnd']],
    [
      '1000',
      '1200',
      'Lending exceeded the plan.',
      '',
      ['rule/disbursed-exceeds-allocated', 'disbursed_million_vnd'],
    ],
    ['1000', '1200', '', 'yes', null],
    ['1000', '1000', '', '', null],
    ['1000', '900', '', 'yes', ['rule/exceeds-flag-without-excess', 'disbursed_exceeds_allocated']],
    [
      '1000',
      '1000',
      '',
      'yes',
      ['rule/exceeds-flag-without-excess', 'disbursed_exceeds_allocated'],
    ],
    ['', '900', '', 'yes', ['rule/exceeds-flag-without-excess', 'disbursed_exceeds_allocated']],
    ['', '900', '', '', null],
    ['1000', '1000.01', '', '', ['rule/disbursed-exceeds-allocated', 'disbursed_million_vnd']],
  ])(
    'allocated %j, disbursed %j, note %j, flag %j',
    async (allocated, disbursed, note, flag, want) => {
      const noteVi = note ? 'Cho vay vượt kế hoạch.' : '';
      const line = `${ROW},${allocated},${disbursed},test-report,stated,,${noteVi},${note},${flag}`;
      const { report } = await validateEdited({ 'funding.csv': replaceLine(2, line) });
      const found = report.errors.map((p) => [p.code, p.file, p.line, p.column, p.column_number]);
      const column = want?.[1] === 'disbursed_million_vnd' ? 10 : 16;
      expect(found).toEqual(want ? [[want[0], 'data/funding.csv', 2, want[1], column]] : []);
    },
  );

  it('names both amounts as written', async () => {
    const line = `${ROW},1000.50,1200.0,test-report,stated,,,,`;
    const { report } = await validateEdited({ 'funding.csv': replaceLine(2, line) });
    expect(report.errors[0]).toMatchObject({ value: '1200.0' });
    expect(report.errors[0]?.message_en).toContain(
      'Disbursed (1200.0) exceeds allocated (1000.50)',
    );
    expect(report.errors[0]?.message_vi).toContain('disbursed_exceeds_allocated');
  });
});
