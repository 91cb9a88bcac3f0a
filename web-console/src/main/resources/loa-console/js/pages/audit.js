// The audit log of the user's scope, newest first, a page at a time.
'use strict';

import { api, query } from '../api.js';
import { define, t, messages, dateTime } from '../i18n.js';
import { orgUnits, unitName } from '../common.js';
import { h, fill, add, table, row, link } from '../dom.js';

define({
  'audit.title': ['Nhật ký thao tác', 'Audit log'],
  'audit.at': ['Lúc', 'At'],
  'audit.who': ['Người thực hiện', 'Who'],
  'audit.action': ['Thao tác', 'Action'],
  'audit.object': ['Đối tượng', 'Object'],
  'audit.unit': ['Đơn vị', 'Unit'],
  'audit.address': ['Địa chỉ máy', 'Address'],
  'audit.older': ['Cũ hơn', 'Older'],
  'audit.newest': ['Mới nhất', 'Newest'],
  'audit.empty': ['Chưa có thao tác nào.', 'Nothing recorded yet.'],
  'audit.action.asrun.conflict': ['Bản ghi phát sóng trùng số, khác nội dung', 'As-run record conflict'],
  'audit.action.campaign.close': ['Kết thúc chiến dịch', 'Closed a campaign'],
  'audit.action.campaign.create': ['Tạo chiến dịch', 'Created a campaign'],
  'audit.action.campaign.delete': ['Xoá bản nháp chiến dịch', 'Deleted a draft campaign'],
  'audit.action.campaign.make_private': ['Thôi công khai chiến dịch', 'Took a campaign off the portal'],
  'audit.action.campaign.make_public': ['Công khai chiến dịch', 'Put a campaign on the portal'],
  'audit.action.campaign.publish': ['Xuất bản chiến dịch', 'Published a campaign'],
  'audit.action.campaign.update': ['Sửa chiến dịch', 'Changed a campaign'],
  'audit.action.day_off.create': ['Đặt ngày nghỉ', 'Set a day off'],
  'audit.action.day_off.withdraw': ['Bỏ ngày nghỉ', 'Withdrew a day off'],
  'audit.action.fallback.set': ['Đặt danh sách phát dự phòng', 'Set a fallback playlist'],
  'audit.action.notice.cancel': ['Huỷ thông báo khẩn', 'Cancelled an urgent notice'],
  'audit.action.notice.issue': ['Phát thông báo khẩn', 'Issued an urgent notice'],
  'audit.action.org_unit.create': ['Thêm đơn vị', 'Added a unit'],
  'audit.action.org_unit.delete': ['Xoá đơn vị', 'Deleted a unit'],
  'audit.action.org_unit.import': ['Nhập đơn vị từ tệp', 'Imported units'],
  'audit.action.org_unit.remap': ['Chuyển sang bản đồ hành chính mới', 'Moved to the new administrative map'],
  'audit.action.org_unit.update': ['Sửa đơn vị', 'Changed a unit'],
  'audit.action.planning_group.create': ['Tạo nhóm lập kế hoạch', 'Created a planning group'],
  'audit.action.planning_group.delete': ['Xoá nhóm lập kế hoạch', 'Deleted a planning group'],
  'audit.action.planning_group.import': ['Nhập nhóm lập kế hoạch', 'Imported planning groups'],
  'audit.action.planning_group.update': ['Sửa nhóm lập kế hoạch', 'Changed a planning group'],
  'audit.action.program.approve': ['Duyệt chương trình', 'Approved a program'],
  'audit.action.program.delete': ['Xoá chương trình', 'Deleted a program'],
  'audit.action.program.import': ['Nhập chương trình', 'Imported a program'],
  'audit.action.program.make_private': ['Thôi công khai chương trình', 'Took a program off the portal'],
  'audit.action.program.make_public': ['Công khai chương trình', 'Put a program on the portal'],
  'audit.action.program.ready': ['Chương trình xử lý xong', 'A program was processed'],
  'audit.action.program.rejected': ['Chương trình bị từ chối khi xử lý', 'A program was rejected in processing'],
  'audit.action.program.relevel': ['Chỉnh lại âm lượng chương trình', 'Re-levelled a program'],
  'audit.action.program.retire': ['Ngừng phát chương trình', 'Retired a program'],
  'audit.action.program.update': ['Sửa thông tin chương trình', 'Changed a program\'s details'],
  'audit.action.program.upload': ['Tải lên chương trình', 'Uploaded a program'],
  'audit.action.province.settings': ['Đổi cài đặt của tỉnh', 'Changed the province\'s settings'],
  'audit.action.recurring_slot.create': ['Đặt giờ phát cố định', 'Set a fixed slot'],
  'audit.action.recurring_slot.retire': ['Ngừng giờ phát cố định', 'Stopped a fixed slot'],
  'audit.action.schedule.edit': ['Sửa lịch phát bằng tay', 'Edited a schedule by hand'],
  'audit.action.schedule.edit_withdraw': ['Bỏ một lần sửa lịch', 'Withdrew a schedule edit'],
  'audit.action.session.login': ['Đăng nhập', 'Signed in'],
  'audit.action.site.create': ['Thêm điểm phát', 'Added a site'],
  'audit.action.site.delete': ['Xoá điểm phát', 'Deleted a site'],
  'audit.action.site.retire': ['Ngừng điểm phát', 'Retired a site'],
  'audit.action.site.update': ['Sửa điểm phát', 'Changed a site'],
  'audit.action.station.back': ['Đài có tín hiệu trở lại', 'A station was heard again'],
  'audit.action.station.create': ['Thêm đài', 'Added a station'],
  'audit.action.station.credential_revoke': ['Thu hồi khoá của phần mềm tại đài', 'Revoked a station\'s key'],
  'audit.action.station.delete': ['Xoá đài', 'Deleted a station'],
  'audit.action.station.enrol': ['Phần mềm tại đài đăng ký', 'A station\'s software enrolled'],
  'audit.action.station.enrolment_code': ['Cấp mã đăng ký', 'Issued an enrolment code'],
  'audit.action.station.import': ['Nhập đài từ tệp', 'Imported stations'],
  'audit.action.station.silent': ['Đài mất tín hiệu', 'A station fell silent'],
  'audit.action.station.token_rotate': ['Đổi khoá của phần mềm tại đài', 'A station\'s key was rotated'],
  'audit.action.station.update': ['Sửa thông tin đài', 'Changed a station'],
  'audit.action.user.create': ['Tạo người dùng', 'Created a user'],
  'audit.action.user.password_change': ['Đổi mật khẩu', 'Changed a password'],
  'audit.action.user.password_reset': ['Đặt lại mật khẩu', 'Reset a password'],
  'audit.action.user.update': ['Sửa người dùng', 'Changed a user'],
  'audit.object.station': ['đài', 'station'],
  'audit.object.campaign': ['chiến dịch', 'campaign'],
  'audit.object.program': ['chương trình', 'program'],
  'audit.object.notice': ['thông báo khẩn', 'urgent notice'],
  'audit.object.org_unit': ['đơn vị', 'unit'],
  'audit.object.planning_group': ['nhóm', 'group'],
  'audit.object.user': ['người dùng', 'user'],
  'audit.object.day_off': ['ngày nghỉ', 'day off'],
  'audit.object.recurring_slot': ['giờ cố định', 'fixed slot'],
  'audit.object.import': ['tệp nhập', 'import']
});

// an action or object without words yet is shown as its code rather than hidden
const inWords = (prefix, code) => code ? (messages().has(prefix + code) ? t(prefix + code) : code) : '';

function objectText(e) {
  const kind = inWords('audit.object.', e.object_type);
  return `${kind} ${e.object_id ? '#' + e.object_id : ''}`.trim() || '—';
}

export default {
  async render(main, { query: q }) {
    const [page, units] = await Promise.all([api.get('/api/v1/audit' + query({ limit: 50, before_id: q.get('before') })),
      orgUnits()]);
    fill(main, h('h1', {}, t('audit.title')),
      page.items.length === 0 ? h('p', {}, t('audit.empty')) : table('audit.title',
        [t('audit.at'), t('audit.who'), t('audit.action'), t('audit.object'), t('audit.unit'), t('audit.address')],
        page.items.map(e => row(dateTime(e.at), e.actor_name || e.actor_kind, inWords('audit.action.', e.action), objectText(e),
          e.org_unit_code ? unitName(units, e.org_unit_code) : '—', e.remote_address || '—'))),
      h('p', { class: 'actions' }, q.get('before') ? link('#/audit', t('audit.newest')) : null,
        page.next_before_id ? link('#/audit?before=' + page.next_before_id, t('audit.older')) : null));
  }
};
