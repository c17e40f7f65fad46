import { describe, expect, it } from 'vitest';
import { classSummary } from '../../../src/features/workshop/classStats';
import {
  csvField,
  minutesSeconds,
  questionsCsv,
  studentsCsv,
  toCsv,
  topicsCsv,
} from '../../../src/features/workshop/csv';
import { sampleResult } from '../../lib/pack/fixtures';
import { questions } from './fixtures';

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(
      parseCsv(
        toCsv([
          ['a,b', 'line\nbreak'],
          ['x', ''],
        ]),
      ),
    ).toEqual([
      ['a,b', 'line\nbreak'],
      ['x', ''],
    ]);
  });

  it('writes one row per student with the marks per question', () => {
    const summary = classSummary({
      questions,
      packChecksum: 'a'.repeat(64),
      contentDigest: '0123456789abcdef',
      seed: 1,
      entries: [
        {
          recordId: 'r1',
          result: sampleResult({
            student: '=cmd|x, "Eve"',
            elapsedMs: 125_400,
            answers: [{ questionId: 'roles-001', response: ['b'], msTaken: 1 }],
          }),
        },
      ],
    });
    const rows = parseCsv(studentsCsv(summary));
    expect(rows).toHaveLength(2);
    expect(rows[0]?.slice(0, 4)).toEqual(['student', 'right', 'questions', 'percent']);
    expect(rows[0]?.slice(-4)).toEqual([
      'Q1 roles-001',
      'Q2 roles-002',
      'Q3 sts-001',
      'Q4 policy-types-001',
    ]);
    expect(rows[1]?.slice(0, 7)).toEqual(['\'=cmd|x, "Eve"', '1', '4', '25', '2:05', '125', 'no']);
    expect(rows[1]?.slice(-4)).toEqual(['right', 'blank', 'blank', 'blank']);
    expect(parseCsv(questionsCsv(summary))).toHaveLength(5);
    expect(parseCsv(topicsCsv(summary))[0]).toEqual(['topic', 'answers', 'right', 'percent_right']);
  });

  it('formats times as minutes and seconds', () => {
    expect(minutesSeconds(0)).toBe('0:00');
    expect(minutesSeconds(59_600)).toBe('1:00');
    expect(minutesSeconds(3_725_000)).toBe('62:05');
  });
});
