/*
 * Figures for reading. They come as the API gives them: money as exact decimal strings. Numbers are made only to
 * draw and to format.
 */
export function number(value) {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

export function format(value, units) {
  const n = number(value);
  if (n === null) return value === null || value === undefined ? '–' : String(value);
  const money = (units || '').includes('£');
  const digits = money ? (Math.abs(n) >= 1000 ? 0 : 2) : (Math.abs(n) >= 100 ? 1 : 2);
  const text = Math.abs(n).toLocaleString('en-GB', { minimumFractionDigits: money ? digits : 0,
    maximumFractionDigits: digits });
  return (n < 0 ? '−' : '') + (money ? '£' : '') + text;
}

// An axis label: £2.4bn, £350m, £12k; other figures with their thousands.
export function compact(value, units) {
  const n = number(value);
  if (n === null) return '';
  const money = (units || '').includes('£');
  const abs = Math.abs(n);
  const [divisor, suffix] = abs >= 1e9 ? [1e9, 'bn'] : abs >= 1e6 ? [1e6, 'm'] : abs >= 1e4 ? [1e3, 'k'] : [1, ''];
  const shown = (n / divisor).toLocaleString('en-GB', { maximumFractionDigits: divisor === 1 ? 2 : 1 });
  return (money ? '£' : '') + shown + suffix;
}
