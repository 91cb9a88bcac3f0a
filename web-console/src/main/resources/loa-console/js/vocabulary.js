// The words of Loa's vocabulary as the console shows them: one table, keyed by the API's words.
// VocabularyTest (scheduler) holds each group against the server's enum and the OpenAPI contract's list,
// so a word added on the server without a label here (or the reverse) fails the build.
'use strict';

import { t, define } from './i18n.js';

export const VOCABULARY = {
  outcome: {
    played: ['đã phát', 'played'],
    partial: ['phát không trọn', 'partial'],
    interrupted: ['bị ngắt', 'interrupted'],
    missed: ['không phát', 'missed'],
    failed: ['lỗi', 'failed']
  },
  site_state: {
    never_heard: ['chưa kết nối', 'never connected'],
    online: ['đang hoạt động', 'online'],
    silent: ['im lặng', 'silent'],
    retired: ['ngừng sử dụng', 'retired']
  },
  program_status: {
    processing: ['đang xử lý', 'processing'],
    rejected: ['bị từ chối', 'rejected'],
    ready: ['chờ duyệt', 'awaiting approval'],
    approved: ['đã duyệt', 'approved'],
    retired: ['ngừng dùng', 'retired']
  },
  campaign_status: {
    draft: ['bản nháp', 'draft'],
    active: ['đang chạy', 'active'],
    closed: ['đã kết thúc', 'closed']
  },
  program_kind: {
    program: ['chương trình', 'program'],
    urgent_notice: ['thông báo khẩn', 'urgent notice']
  },
  role: {
    admin: ['quản trị', 'admin'],
    planner: ['kế hoạch', 'planner'],
    operator: ['cán bộ đài xã', 'station operator'],
    supervisor: ['giám sát', 'supervisor']
  },
  priority: {
    emergency: ['khẩn cấp', 'emergency'],
    priority: ['ưu tiên', 'priority'],
    normal: ['bình thường', 'normal'],
    filler: ['lấp chỗ trống', 'filler']
  },
  target_kind: {
    per_program_per_day: ['lần mỗi chương trình mỗi ngày', 'times per program per day'],
    per_program_per_week: ['lần mỗi chương trình mỗi tuần', 'times per program per week'],
    any_per_day: ['lần mỗi ngày (bất kỳ chương trình)', 'times per day (any program)']
  },
  credential_kind: {
    enrolment_code: ['mã đăng ký', 'enrolment code'],
    token: ['khoá phần mềm tại đài', 'agent token']
  },
  org_unit_level: {
    province: ['tỉnh', 'province'],
    district: ['huyện', 'district'],
    commune: ['xã', 'commune']
  },
  place: {
    station: ['đài', 'station'],
    commune: ['xã', 'commune'],
    district: ['huyện', 'district'],
    province: ['tỉnh', 'province']
  }
};

for (const [group, words] of Object.entries(VOCABULARY)) {
  define(Object.fromEntries(Object.entries(words).map(([word, pair]) => [`${group}.${word}`, pair])));
}

/** The label of one word of a group ('role', 'planner') in the current language; an unknown word as it is. */
export function word(group, value) {
  return t(`${group}.${value}`);
}

/** A group's words in the table's order, for lists and selects. */
export function words(group) {
  return Object.keys(VOCABULARY[group]);
}
