// The review console: queues of decisions to review, notices by deadline and appeals; keyboard-driven.
(() => {
  const $ = (id) => document.getElementById(id);
  let csrf = '';
  let queues = { decisions: [], notices: [], appeals: [] };
  let current = 'decisions';
  let index = 0;
  let pendingAction = null;

  async function api(method, path, body) {
    const headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = csrf;
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
    if (!response.ok) {
      const json = await response.json().catch(() => ({}));
      const error = new Error(json.error ? json.error.message : `HTTP ${response.status}`);
      error.code = json.error?.code;
      error.status = response.status;
      throw error;
    }
    return (response.headers.get('content-type') || '').includes('json') ? response.json() : response.blob();
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
    return node;
  }

  function message(text, kind) {
    $('app-message').replaceChildren(text ? el('p', { class: `notice ${kind || 'ok'}` }, text) : '');
  }

  function started(reviewer, token) {
    csrf = token;
    $('who').textContent = `${reviewer.name} (${reviewer.role}, ${reviewer.tenantId})`;
    $('login-card').hidden = true;
    $('app').hidden = false;
    // Off the sign-in form, so the queue's keys work at once.
    $('item').focus();
    return refresh();
  }

  async function refresh() {
    queues = await api('GET', '/console/api/queues');
    for (const name of Object.keys(queues)) document.querySelector(`#tab-${name} .count`).textContent = `(${queues[name].length})`;
    index = Math.min(index, Math.max(0, queues[current].length - 1));
    render();
  }

  function label(item) {
    if (current === 'notices')
      return [
        item.caseNumber,
        ' ',
        item.timer === 'overdue' ? el('span', { class: 'tag overdue' }, 'overdue') : item.timer === 'due_soon' ? el('span', { class: 'tag soon' }, 'due within the hour') : null,
        el('br'),
        el('span', { class: 'muted' }, `due ${new Date(item.deadlineAt).toLocaleString()}`),
      ];
    if (current === 'appeals')
      return [
        item.caseNumber,
        ' ',
        el('span', { class: 'tag' }, item.status),
        el('br'),
        el('span', { class: 'muted' }, `against ${item.logKind} decision, ${new Date(item.createdAt).toLocaleString()}`),
      ];
    return [`${item.logKind} check `, el('span', { class: 'tag' }, item.status), el('br'), el('span', { class: 'muted' }, new Date(item.createdAt).toLocaleString())];
  }

  function render() {
    document.querySelectorAll('[role=tab][data-queue]').forEach((tab) => tab.setAttribute('aria-selected', String(tab.dataset.queue === current)));
    $('panel').setAttribute('aria-labelledby', `tab-${current}`);
    const items = queues[current];
    $('queue').replaceChildren(
      ...items.map((item, i) =>
        el(
          'li',
          {
            'aria-current': String(i === index),
            onclick: () => {
              index = i;
              render();
            },
          },
          label(item),
        ),
      ),
    );
    const item = items[index];
    $('item').replaceChildren(...(item ? detail(item).flat(2).filter(Boolean) : [el('p', {}, 'Nothing to review in this queue.')]));
  }

  function facts(pairs) {
    return el(
      'dl',
      { class: 'facts' },
      pairs.filter(([, v]) => v !== null && v !== undefined && v !== '').flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
    );
  }

  function list(title, values) {
    return values.length
      ? [
          el('h3', {}, title),
          el(
            'ul',
            {},
            values.map((v) => el('li', {}, v)),
          ),
        ]
      : [];
  }

  function events(evts) {
    if (!evts || evts.length === 0) return [];
    return [
      el('h3', {}, 'History'),
      el(
        'table',
        { class: 'events' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'When'), el('th', { scope: 'col' }, 'Action'), el('th', { scope: 'col' }, 'By'), el('th', { scope: 'col' }, 'Reason'))),
        el(
          'tbody',
          {},
          evts.map((e) => el('tr', {}, el('td', {}, new Date(e.createdAt).toLocaleString()), el('td', {}, e.action), el('td', {}, e.actor), el('td', {}, e.reason))),
        ),
      ),
    ];
  }

  function imageBlock(item) {
    if (!item.images || item.images.length === 0) return [el('p', { class: 'muted' }, item.imageNote)];
    const box = el('div', {});
    const load = async (again) => {
      try {
        const blob = await api('GET', `/console/api/decisions/${item.decisionId}/images/0${again ? '?again=1' : ''}`);
        box.replaceChildren(
          el('img', { class: 'blurred', alt: 'The checked image, blurred', src: URL.createObjectURL(blob) }),
          el('button', { type: 'button', class: 'secondary', onclick: reveal }, 'Show unblurred (logged)'),
        );
      } catch (error) {
        if (error.code === 'image_seen')
          box.replaceChildren(
            el('p', { class: 'muted' }, 'You have seen this image in this session.'),
            el('button', { type: 'button', class: 'secondary', onclick: () => load(true) }, 'Show it again'),
          );
        else box.replaceChildren(el('p', { class: 'notice bad' }, error.message));
      }
    };
    const reveal = async () => {
      if (!confirm('Show this image unblurred? This is recorded in the log.')) return;
      const blob = await api('POST', `/console/api/decisions/${item.decisionId}/images/0/reveal`, { reason: 'Reviewer asked to see the image unblurred.' });
      box.replaceChildren(el('img', { class: 'blurred', alt: 'The checked image', src: URL.createObjectURL(blob) }));
    };
    box.append(el('button', { type: 'button', class: 'secondary', onclick: () => load(false) }, 'Show blurred image'));
    return [el('h3', {}, 'Image'), box];
  }

  function detail(item) {
    if (current === 'notices') {
      return [
        el('h2', {}, `Notice ${item.caseNumber}`),
        item.minor ? el('p', { class: 'notice bad' }, 'Possible minor: hashes are already on the csam list. Your reporting duty applies (NCMEC CyberTipline, NCA, national bodies).') : null,
        facts([
          ['Status', item.status],
          ['Deadline', new Date(item.deadlineAt).toLocaleString()],
          ['Regimes', item.regimes.join(', ') || 'operator target only'],
          ['Received', new Date(item.receivedAt).toLocaleString()],
          ['Notifier', item.role],
          ['Category', item.category],
          ['Countries', item.jurisdictions.join(', ')],
          ['Fingerprints', String(item.hashCount)],
          ['Contact', item.contact ? 'given' : 'none'],
          ['Signature', item.signature],
        ]),
        el('h3', {}, 'Statement'),
        el('p', {}, item.nonConsentStatement),
        el(
          'div',
          { class: 'actions' },
          el('button', { type: 'button', onclick: () => ask('accept') }, 'Accept: take down [u]'),
          el('button', { type: 'button', class: 'secondary', onclick: () => ask('reject') }, 'Reject [o]'),
          el('button', { type: 'button', class: 'secondary', onclick: () => ask('escalate') }, 'Escalate [e]'),
        ),
      ];
    }
    const heading = current === 'appeals' ? `Appeal ${item.caseNumber}` : `Decision ${item.decisionId.slice(0, 8)}`;
    return [
      el('h2', {}, heading),
      current === 'appeals' ? [el('h3', {}, 'What the end user says'), el('p', {}, item.statement)] : null,
      facts([
        ['Status', item.status],
        ['Check', item.logKind],
        ['Verdict', item.verdict],
        ['Decision', item.decisionId],
      ]),
      ...list('Reasons', item.reasons),
      ...list(
        'Rules',
        item.rules.map((r) => `${r.id} → ${r.verdict}${r.floor ? ' (floor)' : ''}: ${r.reason}`),
      ),
      ...list(
        'Legal basis',
        item.legalBasis.map((b) => `${b.jurisdiction}: ${b.citation}`),
      ),
      ...list(
        'Signals',
        item.signals.map((s) => `${s.detector} · ${s.category} ${s.score.toFixed(2)}: ${s.reason}`),
      ),
      item.promptEvidence === null ? el('p', { class: 'muted' }, 'Prompt not shown: evidence keeping is off.') : list('Prompt (matched parts)', item.promptEvidence),
      ...imageBlock(item),
      el(
        'div',
        { class: 'actions' },
        el('button', { type: 'button', onclick: () => ask('uphold') }, 'Uphold [u]'),
        el('button', { type: 'button', class: 'secondary', onclick: () => ask('overturn') }, 'Overturn [o]'),
        el('button', { type: 'button', class: 'secondary', onclick: () => ask('escalate') }, 'Escalate [e]'),
      ),
      ...events(item.events),
    ];
  }

  function ask(action) {
    const item = queues[current][index];
    if (!item) return;
    pendingAction = { action, item, queue: current };
    $('reason-title').textContent = `${action[0].toUpperCase()}${action.slice(1)}: reason`;
    $('reason').value = '';
    $('reason-dialog').showModal();
    $('reason').focus();
  }

  async function confirmAction() {
    const reason = $('reason').value.trim();
    if (!pendingAction || !reason) return;
    const { action, item, queue } = pendingAction;
    pendingAction = null;
    $('reason-dialog').close();
    const path =
      queue === 'notices'
        ? `/console/api/notices/${encodeURIComponent(item.caseNumber)}/actions`
        : queue === 'appeals'
          ? `/console/api/appeals/${item.id}/actions`
          : `/console/api/decisions/${item.decisionId}/actions`;
    try {
      await api('POST', path, { action, reason });
      message(`${action} recorded.`);
      await refresh();
    } catch (error) {
      message(error.message, 'bad');
    }
  }

  $('reason-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void confirmAction();
  });
  $('reason').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      void confirmAction();
    }
  });
  $('reason-cancel').addEventListener('click', () => {
    pendingAction = null;
    $('reason-dialog').close();
  });

  const keyActions = { decisions: { u: 'uphold', o: 'overturn', e: 'escalate' }, appeals: { u: 'uphold', o: 'overturn', e: 'escalate' }, notices: { u: 'accept', o: 'reject', e: 'escalate' } };
  document.addEventListener('keydown', (e) => {
    if ($('app').hidden || $('reason-dialog').open || e.ctrlKey || e.metaKey || e.altKey) return;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName ?? '')) return;
    const items = queues[current];
    if (e.key === 'j') {
      index = Math.min(index + 1, Math.max(0, items.length - 1));
      render();
    } else if (e.key === 'k') {
      index = Math.max(index - 1, 0);
      render();
    } else if (['1', '2', '3'].includes(e.key)) {
      current = ['decisions', 'notices', 'appeals'][Number(e.key) - 1];
      index = 0;
      render();
    } else if (keyActions[current][e.key]) {
      e.preventDefault();
      ask(keyActions[current][e.key]);
    }
  });
  document.querySelectorAll('[role=tab][data-queue]').forEach((tab) =>
    tab.addEventListener('click', () => {
      current = tab.dataset.queue;
      index = 0;
      render();
    }),
  );

  $('login').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const answer = await api('POST', '/console/api/login', { name: $('name').value, password: $('password').value });
      $('password').value = '';
      await started(answer.reviewer, answer.csrfToken);
    } catch (error) {
      $('login-message').replaceChildren(el('p', { class: 'notice bad' }, error.message));
    }
  });
  $('logout').addEventListener('click', async () => {
    await api('POST', '/console/api/logout').catch(() => undefined);
    location.reload();
  });

  api('GET', '/console/api/session')
    .then((s) => started(s.reviewer, s.csrfToken))
    .catch(() => undefined);
})();
