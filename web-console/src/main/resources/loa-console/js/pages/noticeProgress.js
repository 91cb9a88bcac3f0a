// One line of an urgent notice's progress over its airings, shared by the list and the notice's page.
'use strict';

import { define, t, num } from '../i18n.js';

define({
  'noticeProgress.line': ['{played} đã phát, {received} đã nhận chờ phát, {waiting} chưa nhận, {missed} không phát, {cut} bị ngắt, {withdrawn} đã huỷ — {stations} đài',
    '{played} aired, {received} received and waiting, {waiting} not received, {missed} missed, {cut} cut short, {withdrawn} withdrawn — {stations} stations']
});

export function noticeProgress(p) {
  return t('noticeProgress.line', { played: num(p.played), received: num(p.received), waiting: num(p.waiting + p.not_planned),
    missed: num(p.missed), cut: num(p.cut), withdrawn: num(p.withdrawn), stations: num(p.stations) });
}
