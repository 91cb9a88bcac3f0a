// The languages commune stations broadcast in: Vietnamese and the ethnic languages the provincial radios
// produce programs in, by name, so nobody has to know an ISO code. The code stays what the API stores.
'use strict';

import { lang } from './i18n.js';
import { h, select } from './dom.js';

const LANGUAGES = [
  ['vi', 'Tiếng Việt', 'Vietnamese'], ['tyz', 'Tiếng Tày', 'Tày'], ['nut', 'Tiếng Nùng', 'Nùng'],
  ['hnj', 'Tiếng Mông', 'Hmong'], ['blt', 'Tiếng Thái', 'Tai Dam'], ['ium', 'Tiếng Dao', 'Iu Mien (Dao)'],
  ['mtq', 'Tiếng Mường', 'Mường'], ['km', 'Tiếng Khmer', 'Khmer'], ['cja', 'Tiếng Chăm', 'Cham'],
  ['rad', 'Tiếng Ê Đê', 'Rade (Ê Đê)'], ['jra', 'Tiếng Gia Rai', 'Jarai'], ['bdq', 'Tiếng Ba Na', 'Bahnar'],
  ['sed', 'Tiếng Xơ Đăng', 'Sedang'], ['kpm', 'Tiếng Cơ Ho', 'Koho'], ['en', 'Tiếng Anh', 'English']
];

/** A language's name in the console's language; an unknown code as it is. */
export function languageName(code) {
  const known = LANGUAGES.find(l => l[0] === code);
  return known ? known[lang() === 'en' ? 2 : 1] : code;
}

/** A picker of the languages by name (with the current value even if not in the list). */
export function languagePicker(value, attrs, withAll) {
  const options = LANGUAGES.map(l => [l[0], languageName(l[0])]);
  if (value && !LANGUAGES.some(l => l[0] === value)) options.push([value, value]);
  return select(withAll ? [['', withAll], ...options] : options, value, attrs);
}

/** Checkboxes of the languages (touch-friendly, no Ctrl); value() gives the codes ticked, in list order. */
export function languageChecks(legend, selected) {
  const codes = LANGUAGES.map(l => l[0]).concat(selected.filter(c => !LANGUAGES.some(l => l[0] === c)));
  const boxes = codes.map(code => h('input', { type: 'checkbox', value: code, checked: selected.includes(code) }));
  const element = h('fieldset', { class: 'checks' }, h('legend', {}, legend),
    boxes.map((box, i) => h('label', { class: 'check' }, box, ' ', languageName(codes[i]))));
  return { element, value: () => boxes.filter(b => b.checked).map(b => b.value) };
}
