// Sign-in, and the password change a one-time password requires before anything else.
'use strict';

import { api } from '../api.js';
import { define, t } from '../i18n.js';
import { h, fill, field, status, showError } from '../dom.js';

define({
  'login.title': ['Đăng nhập', 'Sign in'],
  'login.username': ['Tên đăng nhập', 'Username'],
  'login.password': ['Mật khẩu', 'Password'],
  'login.submit': ['Đăng nhập', 'Sign in'],
  'password.title': ['Đổi mật khẩu', 'Change your password'],
  'password.why': ['Bạn đang dùng mật khẩu một lần. Hãy đặt mật khẩu của riêng bạn.',
    'You signed in with a one-time password. Choose your own password.'],
  'password.current': ['Mật khẩu hiện tại', 'Current password'],
  'password.new': ['Mật khẩu mới (ít nhất 12 ký tự)', 'New password (at least 12 characters)'],
  'password.submit': ['Đổi mật khẩu', 'Change password']
});

export function showLogin(main, onSignedIn) {
  const username = h('input', { name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const message = status('');
  const form = h('form', { id: 'login-form' },
    field('login.username', username), field('login.password', password),
    h('p', {}, h('button', { type: 'submit' }, t('login.submit'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      onSignedIn(await api.post('/api/v1/session', { username: username.value, password: password.value }));
    } catch (e) {
      showError(message, e);
    }
  });
  fill(main, h('h1', {}, t('login.title')), form);
  main.dataset.route = 'login';
  main.setAttribute('aria-busy', 'false');
  username.focus();
}

export function showPasswordChange(main, onChanged) {
  const current = h('input', { type: 'password', autocomplete: 'current-password', required: true });
  const next = h('input', { type: 'password', autocomplete: 'new-password', required: true, minlength: '12' });
  const message = status('');
  const form = h('form', {}, field('password.current', current), field('password.new', next),
    h('p', {}, h('button', { type: 'submit' }, t('password.submit'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await api.put('/api/v1/session/password', { current_password: current.value, new_password: next.value });
      onChanged();
    } catch (e) {
      showError(message, e);
    }
  });
  fill(main, h('h1', {}, t('password.title')), h('p', {}, t('password.why')), form);
  main.dataset.route = 'password';
  main.setAttribute('aria-busy', 'false');
  current.focus();
}
