'use strict';
/**
 * The formats payloads are validated with: ajv-formats' full formats, with `date-time` made faster.
 * ajv-formats splits the string with a regular expression and then runs two more; a webhook body has a
 * dozen date-times, so that was most of the validation time. This one runs one regular expression and
 * accepts exactly the same strings (test/validate/formats.test.ts checks it against ajv-formats).
 * CommonJS so that the standalone validators can `require()` it, as they do Ajv's own helpers.
 */
const { fullFormats } = require('ajv-formats/dist/formats');

const DATE_TIME = /^(\d\d\d\d)-(\d\d)-(\d\d)[t\s](\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** RFC 3339 date-time with a time zone, leap seconds included, as ajv-formats' full mode checks it. */
function dateTime(str) {
  const m = DATE_TIME.exec(str);
  if (!m) return false;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && leap ? 29 : DAYS[month])) return false;
  const hr = +m[4];
  const min = +m[5];
  const sec = +m[6];
  const tzSign = m[8] === '-' ? -1 : 1;
  const tzH = +(m[9] || 0);
  const tzM = +(m[10] || 0);
  if (tzH > 23 || tzM > 59 || !m[7]) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

module.exports = { ...fullFormats, 'date-time': { ...fullFormats['date-time'], validate: dateTime } };
