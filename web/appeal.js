// The appeal page: the token comes in the URL fragment, which browsers never send to a server.
(() => {
  const i18n = window.consentryI18n;
  const t = i18n.t;
  const $ = (id) => document.getElementById(id);
  const token = location.hash.slice(1);
  i18n.apply();
  $('lang').value = i18n.lang;
  $('lang').addEventListener('change', (e) => i18n.setLang(e.target.value));

  function note(kind, text) {
    const p = document.createElement('p');
    p.className = `notice ${kind}`;
    p.textContent = text;
    $('appeal-message').replaceChildren(p);
  }

  fetch('/v1/appeals/context', { headers: { 'x-appeal-token': token } }).then(async (response) => {
    if (!response.ok) return note('bad', t('appealInvalid'));
    const context = await response.json();
    const h = document.createElement('h2');
    h.dataset.i18n = 'appealReasons';
    h.textContent = t('appealReasons');
    const ul = document.createElement('ul');
    for (const reason of context.reasons) {
      const li = document.createElement('li');
      li.textContent = reason;
      ul.append(li);
    }
    $('context').replaceChildren(h, ul);
    if (context.open) note('warn', t('appealOpen'));
    else $('appeal-form').hidden = false;
  });

  $('appeal-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const response = await fetch('/v1/appeals', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, statement: $('statement').value, contact: $('contact').value || undefined }),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) return note('bad', `${t('error')} ${json.error ? json.error.message : response.status}`);
    $('appeal-form').hidden = true;
    note('ok', `${t('appealSent')} ${json.caseNumber}.`);
  });
})();
