// Lists every station by district, with its weekly windows, from the public API.
'use strict';

const DAY_NAMES = { MON: 'T2', TUE: 'T3', WED: 'T4', THU: 'T5', FRI: 'T6', SAT: 'T7', SUN: 'CN' };

function daysText(days) {
  if (days.length === 7) return 'Hằng ngày';
  if (days.join() === 'MON,TUE,WED,THU,FRI') return 'T2–T6';
  return days.map(d => DAY_NAMES[d]).join(', ');
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.appendChild(td);
}

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

async function show() {
  document.getElementById('login').hidden = true;
  document.getElementById('stations').hidden = false;
  const summary = document.getElementById('summary');
  try {
    const [units, stations] = await Promise.all([getJson('/api/v1/org-units'), getJson('/api/v1/stations')]);
    const byCode = new Map(units.items.map(u => [u.code, u]));
    const groups = new Map();
    for (const s of stations.items) {
      const commune = byCode.get(s.commune_code);
      const parent = commune && commune.parent_code ? byCode.get(commune.parent_code) : null;
      const key = parent ? parent.name : 'Khác';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(s);
    }
    const container = document.getElementById('districts');
    for (const [name, list] of groups) {
      const h = document.createElement('h3');
      h.textContent = `${name} (${list.length} đài)`;
      const table = document.createElement('table');
      table.innerHTML = '<thead><tr><th scope="col">Đài</th><th scope="col">Khung giờ phát</th>'
        + '<th scope="col">Ngôn ngữ</th></tr></thead>';
      const tbody = document.createElement('tbody');
      for (const s of list) {
        const row = document.createElement('tr');
        cell(row, s.name);
        cell(row, s.windows.map(w => `${daysText(w.days)} ${w.start}–${w.end}`).join('; ') || 'Chưa có khung giờ');
        cell(row, s.languages.join(', '));
        tbody.appendChild(row);
      }
      table.appendChild(tbody);
      container.append(h, table);
    }
    summary.textContent = `${stations.items.length.toLocaleString('vi-VN')} đài truyền thanh`;
  } catch (e) {
    summary.textContent = 'Không tải được danh sách đài: ' + e.message;
  }
}

async function start() {
  const session = await fetch('/api/v1/session');
  if (session.ok) {
    show();
    return;
  }
  document.getElementById('login').hidden = false;
  document.getElementById('login-form').addEventListener('submit', async event => {
    event.preventDefault();
    const response = await fetch('/api/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        username: document.getElementById('username').value,
        password: document.getElementById('password').value
      })
    });
    const body = await response.json();
    if (response.ok) {
      show();
    } else {
      document.getElementById('login-error').textContent = body.error.message;
    }
  });
}

start();
