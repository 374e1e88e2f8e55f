// The review console: queues of decisions to review, notices by deadline and appeals; keyboard-driven;
// in English, French, Spanish and German (web/i18n.js).
(() => {
  const $ = (id) => document.getElementById(id);
  const i18n = window.consentryI18n;
  const t = i18n.t;
  const when = (iso) => new Date(iso).toLocaleString(i18n.lang);
  // Words the server sends as codes (statuses, verdicts, kinds, actors, actions), in the page's language.
  const word = (prefix, value) => (value === null || value === undefined ? '' : t(`${prefix}${value}`) === `${prefix}${value}` ? String(value) : t(`${prefix}${value}`));
  let reviewer = null;
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
      const code = json.error?.code;
      const known = code ? t(`c_e_${code}`) : '';
      const error = new Error(known && known !== `c_e_${code}` ? known : json.error ? json.error.message : `HTTP ${response.status}`);
      error.code = code;
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

  // The last status message, kept as a function of the language so that switching it re-says it.
  let lastMessage = null;
  function message(text, kind) {
    lastMessage = typeof text === 'function' ? { text, kind } : null;
    if (typeof text === 'function') text = text();
    $('app-message').replaceChildren(text ? el('p', { class: `notice ${kind || 'ok'}` }, text) : '');
  }

  function showWho() {
    if (reviewer) $('who').textContent = t('c_who', { name: reviewer.name, role: word('c_role_', reviewer.role), tenant: reviewer.tenantId });
  }

  function keysHelp() {
    const pairs = [
      [['j', 'k'], 'c_k_nav'],
      [['u'], 'c_k_uphold'],
      [['o'], 'c_k_overturn'],
      [['e'], 'c_k_escalate'],
      [['b'], 'c_k_block'],
      [['a'], 'c_k_allow'],
      [['v'], 'c_k_view'],
      [['1', '2', '3'], 'c_k_queues'],
    ];
    $('keys').replaceChildren(t('c_keys'), ' ', ...pairs.flatMap(([keys, label], i) => [i ? ' · ' : '', ...keys.flatMap((k, j) => [j ? '/' : '', el('kbd', {}, k)]), ' ', t(label)]));
  }

  function started(who, token) {
    csrf = token;
    reviewer = who;
    showWho();
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
        item.timer === 'overdue' ? el('span', { class: 'tag overdue' }, t('c_overdue')) : item.timer === 'due_soon' ? el('span', { class: 'tag soon' }, t('c_due_soon')) : null,
        el('br'),
        el('span', { class: 'muted' }, t('c_due', { date: when(item.deadlineAt) })),
      ];
    if (current === 'appeals')
      return [
        item.caseNumber,
        ' ',
        el('span', { class: 'tag' }, word('c_st_', item.status)),
        el('br'),
        el('span', { class: 'muted' }, t('c_against', { kind: word('c_kind_', item.logKind), date: when(item.createdAt) })),
      ];
    return [t('c_check_of', { kind: word('c_kind_', item.logKind) }), ' ', el('span', { class: 'tag' }, word('c_st_', item.status)), el('br'), el('span', { class: 'muted' }, when(item.createdAt))];
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
    $('item').replaceChildren(...(item ? detail(item).flat(2).filter(Boolean) : [el('p', {}, t('c_empty'))]));
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
      el('h3', {}, t('c_history')),
      el(
        'table',
        { class: 'events' },
        el(
          'thead',
          {},
          el('tr', {}, el('th', { scope: 'col' }, t('c_when')), el('th', { scope: 'col' }, t('c_action')), el('th', { scope: 'col' }, t('c_by')), el('th', { scope: 'col' }, t('c_reason_col'))),
        ),
        el(
          'tbody',
          {},
          evts.map((e) => el('tr', {}, el('td', {}, when(e.createdAt)), el('td', {}, word('c_act_', e.action)), el('td', {}, word('c_actor_', e.actor)), el('td', {}, e.reason))),
        ),
      ),
    ];
  }

  const IMAGE_NOTES = { evidence_off: 'c_img_evidence_off', possible_minor: 'c_img_minor', none_kept: 'c_img_none' };
  // The item whose image box is on screen, and how to load it (the `v` key).
  let showImage = null;

  function imageBlock(item) {
    showImage = null;
    if (!item.images || item.images.length === 0) return [el('p', { class: 'muted' }, IMAGE_NOTES[item.imageNoteCode] ? t(IMAGE_NOTES[item.imageNoteCode]) : item.imageNote)];
    const box = el('div', {});
    const load = async (again) => {
      try {
        const blob = await api('GET', `/console/api/decisions/${item.decisionId}/images/0${again ? '?again=1' : ''}`);
        box.replaceChildren(
          el('img', { class: 'blurred', alt: t('c_alt_blurred'), src: URL.createObjectURL(blob) }),
          el('button', { type: 'button', class: 'secondary', onclick: reveal }, t('c_show_unblurred')),
        );
      } catch (error) {
        if (error.code === 'image_seen') {
          // Seen already in this session: it is shown again only when the reviewer asks.
          const button = el('button', { type: 'button', class: 'secondary', id: 'show-again', onclick: () => load(true) }, t('c_show_again'));
          box.replaceChildren(el('p', { class: 'muted' }, t('c_seen')), button);
          button.focus();
        } else box.replaceChildren(el('p', { class: 'notice bad' }, error.message));
      }
    };
    const reveal = async () => {
      if (!confirm(t('c_reveal_confirm'))) return;
      const blob = await api('POST', `/console/api/decisions/${item.decisionId}/images/0/reveal`, { reason: t('c_reveal_reason') });
      box.replaceChildren(el('img', { class: 'blurred', alt: t('c_alt_image'), src: URL.createObjectURL(blob) }));
    };
    showImage = () => load(false);
    box.append(el('button', { type: 'button', class: 'secondary', onclick: () => load(false) }, t('c_show_blurred')));
    return [el('h3', {}, t('c_image')), box];
  }

  function listBlock(item) {
    if (current !== 'decisions' || !item.lists || item.lists.images === 0) return [];
    const why = item.lists.allow ? null : item.lists.allowCode === 'signal' ? t('c_allow_signal', { category: item.lists.allowCategory }) : t(`c_allow_${item.lists.allowCode}`);
    return [el('h3', {}, t('c_lists')), el('p', { class: 'muted' }, t('c_lists_help')), why ? el('p', { class: 'muted', id: 'allow-note' }, why) : null];
  }

  function releaseBlock(item) {
    if (!item.release) return [];
    return [el('h3', {}, t('c_output')), el('p', { class: item.release.possible ? 'muted' : 'notice' }, t(`c_rel_${item.release.code}`))];
  }

  function detail(item) {
    if (current === 'notices') {
      return [
        el('h2', {}, t('c_notice', { case: item.caseNumber })),
        item.minor ? el('p', { class: 'notice bad' }, t('c_minor_notice')) : null,
        facts([
          [t('c_status'), word('c_st_', item.status)],
          [t('c_deadline'), when(item.deadlineAt)],
          [t('c_regimes'), item.regimes.join(', ') || t('c_operator_target')],
          [t('c_received'), when(item.receivedAt)],
          [t('c_notifier'), item.role],
          [t('c_category'), item.category],
          [t('c_countries'), item.jurisdictions.join(', ')],
          [t('c_fingerprints'), String(item.hashCount)],
          [t('c_contact'), item.contact ? t('c_given') : t('c_none')],
          [t('c_signature'), item.signature],
        ]),
        el('h3', {}, t('c_statement')),
        el('p', {}, item.nonConsentStatement),
        el(
          'div',
          { class: 'actions' },
          el('button', { type: 'button', onclick: () => ask('accept') }, t('c_accept_btn')),
          el('button', { type: 'button', class: 'secondary', onclick: () => ask('reject') }, t('c_reject_btn')),
          el('button', { type: 'button', class: 'secondary', onclick: () => ask('escalate') }, t('c_escalate_btn')),
        ),
      ];
    }
    const heading = current === 'appeals' ? t('c_appeal', { case: item.caseNumber }) : t('c_decision_h', { id: item.decisionId.slice(0, 8) });
    const lists = current === 'decisions' && item.lists ? item.lists : { block: false, allow: false };
    return [
      el('h2', {}, heading),
      current === 'appeals' ? [el('h3', {}, t('c_user_says')), el('p', {}, item.statement)] : null,
      facts([
        [t('c_status'), word('c_st_', item.status)],
        [t('c_check'), word('c_kind_', item.logKind)],
        [t('c_verdict'), word('c_v_', item.verdict)],
        [t('c_decision'), item.decisionId],
      ]),
      ...list(t('c_reasons'), item.reasons),
      ...list(
        t('c_rules'),
        item.rules.map((r) => `${r.id} → ${word('c_v_', r.verdict)}${r.floor ? ` ${t('c_floor')}` : ''}: ${r.reason}`),
      ),
      ...list(
        t('c_legal'),
        item.legalBasis.map((b) => `${b.jurisdiction}: ${b.citation}`),
      ),
      ...list(
        t('c_signals'),
        item.signals.map((s) => `${s.detector} · ${s.category} ${s.score.toFixed(2)}: ${s.reason}`),
      ),
      item.promptEvidence === null ? el('p', { class: 'muted' }, t('c_prompt_off')) : list(t('c_prompt'), item.promptEvidence),
      ...imageBlock(item),
      ...releaseBlock(item),
      ...listBlock(item),
      el(
        'div',
        { class: 'actions' },
        el('button', { type: 'button', onclick: () => ask('uphold') }, t('c_uphold_btn')),
        el('button', { type: 'button', class: 'secondary', onclick: () => ask('overturn') }, t('c_overturn_btn')),
        el('button', { type: 'button', class: 'secondary', onclick: () => ask('escalate') }, t('c_escalate_btn')),
        lists.block ? el('button', { type: 'button', class: 'secondary', onclick: () => ask('uphold', 'block') }, t('c_block_btn')) : null,
        lists.allow ? el('button', { type: 'button', class: 'secondary', onclick: () => ask('overturn', 'allow') }, t('c_allow_btn')) : null,
      ),
      ...events(item.events),
    ];
  }

  function ask(action, listKind) {
    const item = queues[current][index];
    if (!item) return;
    pendingAction = { action, item, queue: current, list: listKind };
    const name = word('c_act_', action);
    $('reason-title').textContent = listKind ? t(`c_dialog_${listKind}`) : t('c_dialog', { action: `${name[0].toUpperCase()}${name.slice(1)}` });
    $('reason').value = '';
    $('reason-dialog').showModal();
    $('reason').focus();
  }

  async function confirmAction() {
    const reason = $('reason').value.trim();
    if (!pendingAction || !reason) return;
    const { action, item, queue, list: listKind } = pendingAction;
    pendingAction = null;
    $('reason-dialog').close();
    const path =
      queue === 'notices'
        ? `/console/api/notices/${encodeURIComponent(item.caseNumber)}/actions`
        : queue === 'appeals'
          ? `/console/api/appeals/${item.id}/actions`
          : `/console/api/decisions/${item.decisionId}/actions`;
    try {
      const result = await api('POST', path, listKind ? { action, reason, list: listKind } : { action, reason });
      message(() =>
        [
          t('c_recorded', { action: i18n.lang === 'en' ? action : word('c_act_', action) }),
          result.listed ? t(`c_listed_${result.listed.kind}`) : '',
          result.released ? t(`c_released_${result.released.status}`) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
      await refresh();
    } catch (error) {
      message(() => (error.code && t(`c_e_${error.code}`) !== `c_e_${error.code}` ? t(`c_e_${error.code}`) : error.message), 'bad');
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
  // Keys that act and put the image's hashes on a list; only where the item offers it.
  const listKeys = { b: ['uphold', 'block'], a: ['overturn', 'allow'] };
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
    } else if (listKeys[e.key] && current === 'decisions' && items[index]?.lists?.[listKeys[e.key][1]]) {
      e.preventDefault();
      ask(...listKeys[e.key]);
    } else if (e.key === 'v' && showImage) {
      e.preventDefault();
      void showImage();
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

  i18n.apply();
  keysHelp();
  $('lang').value = i18n.lang;
  $('lang').addEventListener('change', (e) => {
    i18n.setLang(e.target.value);
    keysHelp();
    showWho();
    if (lastMessage) message(lastMessage.text, lastMessage.kind);
    if (!$('app').hidden) render();
  });

  api('GET', '/console/api/session')
    .then((s) => started(s.reviewer, s.csrfToken))
    .catch(() => undefined);
})();
