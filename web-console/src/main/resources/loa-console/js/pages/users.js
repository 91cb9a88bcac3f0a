// Users (admins): who may do what where; create with a one-time password, disable, reset the password.
'use strict';

import { api } from '../api.js';
import { define, t, date } from '../i18n.js';
import { h, fill, add, field, select, section, table, row, status, showError } from '../dom.js';
import { orgUnits, unitName, unitOptions } from '../common.js';
import { word, words } from '../vocabulary.js';

define({
  'users.title': ['Người dùng', 'Users'],
  'users.new': ['Thêm người dùng', 'Add a user'],
  'users.username': ['Tên đăng nhập', 'Username'],
  'users.name': ['Họ và tên', 'Full name'],
  'users.role': ['Vai trò', 'Role'],
  'users.scope': ['Phạm vi', 'Scope'],
  'users.create': ['Tạo người dùng', 'Create the user'],
  'users.oneTime': ['Mật khẩu một lần của {name} (chỉ hiện lần này): ', 'One-time password of {name} (shown only now): '],
  'users.state': ['Trạng thái', 'State'],
  'users.active': ['đang dùng', 'active'],
  'users.disabled': ['đã khoá', 'disabled'],
  'users.mustChange': ['chờ đổi mật khẩu', 'must change password'],
  'users.created': ['Ngày tạo', 'Created'],
  'users.actions': ['Thao tác', 'Actions'],
  'users.disable': ['Khoá', 'Disable'],
  'users.enable': ['Mở khoá', 'Enable'],
  'users.reset': ['Cấp lại mật khẩu', 'Reset password'],
  'users.change': ['Đổi vai trò, phạm vi', 'Change role, scope'],
  'users.changeTitle': ['Vai trò và phạm vi của {name}', 'Role and scope of {name}'],
  'users.wholeSystem': ['Toàn hệ thống', 'The whole system'],
  'users.save': ['Lưu', 'Save'],
  'users.changed': ['Đã đổi vai trò và phạm vi của {name}: {role}, {scope}.', 'Changed {name}: {role}, {scope}.'],
  'users.actionLabel': ['{action}: {name}', '{action}: {name}']
});

export default {
  // oneTime: the user just created and their password, shown above the refreshed list
  async render(main, { session, go }, oneTime) {
    const units = await orgUnits();
    const users = (await api.get('/api/v1/users')).items;
    const result = h('div', { 'aria-live': 'polite' });
    const show = (u, password) => result.replaceChildren(h('p', { class: 'status ok' }, t('users.oneTime', { name: u.display_name }),
      h('strong', { class: 'code', id: 'one-time-password' }, password)));

    const username = h('input', { required: true, maxlength: '40', autocomplete: 'off' });
    const name = h('input', { required: true, maxlength: '200' });
    const role = select(words('role').map(r => [r, word('role', r)]), 'planner');
    const scope = select(unitOptions(units, false, ['province', 'district', 'commune']), session.user.scope_code);
    const message = status('');
    const form = h('form', { class: 'row' }, field('users.username', username), field('users.name', name), field('users.role', role),
      field('users.scope', scope), h('p', {}, h('button', { type: 'submit' }, t('users.create'))), message);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        const u = await api.post('/api/v1/users', { username: username.value.trim(), display_name: name.value.trim(), role: role.value,
          scope_code: scope.value || null });
        await this.render(main, { session, go }, { user: u, password: u.one_time_password });
      } catch (e) {
        showError(message, e);
      }
    });
    // role and scope of an existing user, in the result area above the list; the server says what is refused
    const changeForm = u => {
      const newRole = select(words('role').map(r => [r, word('role', r)]), u.role, { id: 'change-role' });
      const scopes = unitOptions(units, false, ['province', 'district', 'commune', 'group']);
      const newScope = select(session.user.scope_code ? scopes : [['', t('users.wholeSystem')], ...scopes], u.scope_code || '',
        { id: 'change-scope' });
      const line = status('');
      const change = h('form', { class: 'row', id: 'user-change' }, h('h2', {}, t('users.changeTitle', { name: u.display_name })),
        field('users.role', newRole), field('users.scope', newScope), h('p', {}, h('button', { type: 'submit' }, t('users.save'))), line);
      change.addEventListener('submit', async event => {
        event.preventDefault();
        try {
          const saved = await api.put('/api/v1/users/' + u.id, { role: newRole.value, scope_code: newScope.value || null });
          await this.render(main, { session, go });
          const done = h('p', { class: 'status ok', role: 'status' }, t('users.changed', { name: saved.display_name,
            role: word('role', saved.role), scope: saved.scope_code ? unitName(units, saved.scope_code) : t('users.wholeSystem') }));
          main.querySelector('[aria-live]').replaceChildren(done);
        } catch (e) {
          showError(line, e);
        }
      });
      result.replaceChildren(change);
      newRole.focus();
    };
    // a refused action says why where the result shows, never nothing
    const refused = e => { const line = status(''); showError(line, e); result.replaceChildren(line); };
    const action = (key, u, fn) => h('button', { type: 'button', class: 'secondary',
      'aria-label': t('users.actionLabel', { action: t(key), name: u.username }),
      onclick: async () => { try { await fn(); } catch (e) { refused(e); } } }, t(key));
    fill(main, h('h1', {}, t('users.title')), section('users.new', form), result,
      table('users.title', [t('users.username'), t('users.name'), t('users.role'), t('users.scope'), t('users.state'), t('users.created'), t('users.actions')],
        users.map(u => row(u.username, u.display_name, word('role', u.role), u.scope_code ? unitName(units, u.scope_code) : '—',
          u.disabled ? t('users.disabled') : (u.must_change_password ? t('users.mustChange') : t('users.active')), date(u.created_at),
          h('td', { class: 'actions' },
            action(u.disabled ? 'users.enable' : 'users.disable', u, async () => {
              await api.put('/api/v1/users/' + u.id, { disabled: !u.disabled });
              await this.render(main, { session, go });
            }),
            action('users.reset', u, async () => {
              const reset = await api.post(`/api/v1/users/${u.id}/password-reset`);
              show(u, reset.one_time_password);
            }),
            action('users.change', u, async () => changeForm(u)))))));
    if (oneTime) show(oneTime.user, oneTime.password);
  }
};
