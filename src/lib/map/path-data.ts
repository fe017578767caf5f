import { round, type Point } from './geometry.ts';

/*
 * SVG path data in its shortest usual form: an absolute move to each line's
 * start, then relative steps, which are small numbers that repeat and so
 * compress well; a minus sign separates numbers by itself.
 */

/** The `d` of a path drawing every line of `lines`, each closed with `z` when `closed`. */
export function pathData(lines: readonly Point[][], closed: boolean, decimals: 0 | 1 = 0): string {
  return lines.map((line) => lineData(line, decimals) + (closed ? 'z' : '')).join('');
}

function lineData(line: readonly Point[], decimals: 0 | 1): string {
  const [start, ...rest] = line;
  if (!start) return '';
  const steps = rest.flatMap((point, index) => {
    const previous = line[index]!;
    return [round(point[0] - previous[0], decimals), round(point[1] - previous[1], decimals)];
  });
  return `M${numbers([start[0], start[1]])}${steps.length > 0 ? `l${numbers(steps)}` : ''}`;
}

/** Numbers separated by a space, or by nothing before a minus sign; `0.5` written `.5`. */
function numbers(values: readonly number[]): string {
  return values
    .map((value) => String(value).replace(/^(-?)0\./, '$1.'))
    .reduce((text, value, index) => (index === 0 || value.startsWith('-') ? text + value : `${text} ${value}`), '');
}
