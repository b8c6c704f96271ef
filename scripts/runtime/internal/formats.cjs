'use strict';
/**
 * The formats payloads are validated with: ajv-formats' full formats, with `date-time` made faster.
 * ajv-formats splits the string with a regular expression, runs two more with captures; a webhook body
 * has a dozen date-times, so that was most of the validation time. This one tests one pattern and
 * accepts exactly the same strings (test/runtime/internal/formats.test.ts checks it against ajv-formats).
 * CommonJS so that the standalone validators can `require()` it, as they do Ajv's own helpers.
 */
const { fullFormats } = require('ajv-formats/dist/formats');

// The time zone is required (ajv-formats' full mode checks date-times with a strict time zone).
const DATE_TIME = /^\d\d\d\d-\d\d-\d\d[t\s]\d\d:\d\d:\d\d(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The two-digit number at `i` (the pattern has made sure both are digits). */
function two(str, i) {
  return (str.charCodeAt(i) - 48) * 10 + str.charCodeAt(i + 1) - 48;
}

/**
 * RFC 3339 date-time with a time zone, leap seconds included, as ajv-formats' full mode checks it.
 * Once the pattern matched, every field sits at a known place: read the digits there, no captures.
 */
function dateTime(str) {
  if (!DATE_TIME.test(str)) return false;
  const year = two(str, 0) * 100 + two(str, 2);
  const month = two(str, 5);
  const day = two(str, 8);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && leap ? 29 : DAYS[month])) return false;
  const hr = two(str, 11);
  const min = two(str, 14);
  const sec = two(str, 17); // a fraction never changes the outcome of `sec < 60` or `sec < 61`
  let zone = 19; // where the time zone starts: after the seconds' fraction, if any
  if (str[zone] === '.') {
    zone++;
    while (str[zone] >= '0' && str[zone] <= '9') zone++;
  }
  const tzSign = str[zone] === '-' ? -1 : 1;
  const numeric = str[zone] === '+' || str[zone] === '-';
  const tzH = numeric ? two(str, zone + 1) : 0;
  const tzM = !numeric || str.length === zone + 3 ? 0 : two(str, str[zone + 3] === ':' ? zone + 4 : zone + 3);
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

module.exports = { ...fullFormats, 'date-time': { ...fullFormats['date-time'], validate: dateTime } };
