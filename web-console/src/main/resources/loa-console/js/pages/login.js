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
  'password.submit': ['Đổi mật khẩu', 'Change password'],
  'password.own': ['Đặt mật khẩu mới cho tài khoản của bạn. Một câu dễ nhớ, ít nhất 12 ký tự, là tốt nhất.',
    'Choose a new password for your account. A memorable phrase of at least 12 characters is best.'],
  'password.done': ['Đã đổi mật khẩu. Lần đăng nhập sau hãy dùng mật khẩu mới.', 'Password changed. Use the new one next time you sign in.']
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

/** The form to change one's own password; {@code onChanged} runs once the server took the new one. */
export function passwordForm(onChanged) {
  const current = h('input', { type: 'password', autocomplete: 'current-password', required: true });
  const next = h('input', { type: 'password', autocomplete: 'new-password', required: true, minlength: '12' });
  const message = status('');
  const form = h('form', { id: 'password-form' }, field('password.current', current), field('password.new', next),
    h('p', {}, h('button', { type: 'submit' }, t('password.submit'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await api.put('/api/v1/session/password', { current_password: current.value, new_password: next.value });
      current.value = '';
      next.value = '';
      onChanged(message);
    } catch (e) {
      showError(message, e);
    }
  });
  return { form, first: current };
}

export function showPasswordChange(main, onChanged) {
  const { form, first } = passwordForm(() => onChanged());
  fill(main, h('h1', {}, t('password.title')), h('p', {}, t('password.why')), form);
  main.dataset.route = 'password';
  main.setAttribute('aria-busy', 'false');
  first.focus();
}

/** The voluntary change, from the user's name in the header. */
export const passwordPage = {
  async render(main) {
    const { form } = passwordForm(message => { message.className = 'status ok'; message.textContent = t('password.done'); });
    fill(main, h('h1', {}, t('password.title')), h('p', {}, t('password.own')), form);
  }
};
