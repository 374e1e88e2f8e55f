// The victim portal: hashes chosen photos (and video frames) on the device; sends only hashes.
(() => {
  const i18n = window.consentryI18n;
  const { pdqFromPixels, md5Hex } = window.consentryHash;
  const t = i18n.t;
  const $ = (id) => document.getElementById(id);
  const tenant = new URLSearchParams(location.search).get('tenant') || undefined;
  /** { id, name, hashes: [{pdq, quality, md5?, sha256?}], url } per chosen file. */
  let chosen = [];
  let pending = 0;

  i18n.apply();
  $('lang').value = i18n.lang;
  // A first guess at the country from the language; the person changes it if it is wrong.
  $('country').value = { fr: 'FR', es: 'ES', de: 'DE' }[i18n.lang] || 'US';
  $('lang').addEventListener('change', (e) => {
    i18n.setLang(e.target.value);
    renderPreviews();
  });

  async function sha256Hex(bytes) {
    const digest = await crypto.subtle.digest('SHA-256', bytes);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  }

  // Fit inside 512x512, as the reference PDQ tools (and the gateway) do before hashing.
  function pixelsOf(source, width, height) {
    const scale = Math.min(1, 512 / Math.max(width, height));
    const w = Math.max(1, Math.round(width * scale));
    const h = Math.max(1, Math.round(height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(source, 0, 0, w, h);
    return { data: ctx.getImageData(0, 0, w, h).data, width: w, height: h, channels: 4 };
  }

  function pdqOf(pixels) {
    // Drop alpha: the core takes 1 or 3 channels.
    const rgb = new Uint8Array(pixels.width * pixels.height * 3);
    for (let i = 0, j = 0; i < pixels.data.length; i += 4, j += 3) {
      rgb[j] = pixels.data[i];
      rgb[j + 1] = pixels.data[i + 1];
      rgb[j + 2] = pixels.data[i + 2];
    }
    const r = pdqFromPixels({ data: rgb, width: pixels.width, height: pixels.height, channels: 3 });
    return { pdq: r.hash, quality: r.quality };
  }

  async function hashImage(file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const pdq = pdqOf(pixelsOf(bitmap, bitmap.width, bitmap.height));
    bitmap.close();
    return [{ ...pdq, md5: md5Hex(bytes), sha256: await sha256Hex(bytes) }];
  }

  async function hashVideo(url) {
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    video.src = url;
    await new Promise((resolve, reject) => {
      video.onloadeddata = resolve;
      video.onerror = () => reject(new Error('cannot read the video'));
    });
    const hashes = [];
    const times = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => f * (video.duration || 0));
    for (const time of times) {
      await new Promise((resolve) => {
        video.onseeked = resolve;
        video.currentTime = time;
      });
      hashes.push(pdqOf(pixelsOf(video, video.videoWidth, video.videoHeight)));
    }
    return hashes;
  }

  function renderPreviews() {
    const list = $('previews');
    list.replaceChildren(
      ...chosen.map((item) => {
        const li = document.createElement('li');
        const img = document.createElement(item.video ? 'video' : 'img');
        img.src = item.url;
        if (item.video) img.muted = true;
        else img.alt = item.name;
        const name = document.createElement('div');
        name.textContent = item.name;
        const state = document.createElement('div');
        state.textContent = item.hashes ? `${t('hashed')}${item.video ? ` (${item.hashes.length} × ${t('frame')})` : ''}` : t('hashing');
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'secondary';
        remove.textContent = t('remove');
        remove.setAttribute('aria-label', `${t('remove')}: ${item.name}`);
        remove.addEventListener('click', () => {
          URL.revokeObjectURL(item.url);
          chosen = chosen.filter((c) => c !== item);
          renderPreviews();
        });
        li.append(img, name, state, remove);
        return li;
      }),
    );
    $('hash-status').textContent = pending > 0 ? t('hashing') : '';
  }

  $('files').addEventListener('change', async (e) => {
    const files = [...e.target.files];
    for (const file of files) {
      const item = { name: file.name, url: URL.createObjectURL(file), video: file.type.startsWith('video/'), hashes: null };
      chosen.push(item);
      pending++;
      renderPreviews();
      try {
        item.hashes = item.video ? await hashVideo(item.url) : await hashImage(file);
      } catch (error) {
        chosen = chosen.filter((c) => c !== item);
        show($('form-message'), 'bad', `${t('error')} ${file.name}: ${error.message}`);
      }
      pending--;
      renderPreviews();
    }
  });

  function allHashes() {
    return chosen.flatMap((c) => c.hashes || []);
  }

  function show(el, kind, text) {
    el.replaceChildren();
    if (!text) return;
    const p = document.createElement('p');
    p.className = `notice ${kind}`;
    p.textContent = text;
    el.append(p);
  }

  async function call(method, path, body, secret) {
    const headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (secret !== undefined) headers['x-notice-secret'] = secret;
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit' });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(json.error ? json.error.message : `HTTP ${response.status}`);
    return json;
  }

  const when = (iso) => new Date(iso).toLocaleString(i18n.lang, { dateStyle: 'long', timeStyle: 'short' });

  $('notice-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const message = $('form-message');
    const hashes = allHashes();
    if (hashes.length === 0) return show(message, 'bad', t('needFiles'));
    const role = document.querySelector('input[name=role]:checked').value;
    try {
      $('submit').disabled = true;
      const answer = await call('POST', '/v1/notices', {
        tenant,
        channel: 'web_form',
        role,
        minor: $('minor').checked,
        subjectDeclaration: role !== 'THIRD_PARTY',
        nonConsentStatement: $('statement').value,
        goodFaith: $('good-faith').checked,
        signature: $('signature').value,
        jurisdictions: [$('country').value],
        contact: $('contact').value || undefined,
        locators: $('locators')
          .value.split(/\s*\n\s*/)
          .map((l) => l.trim())
          .filter(Boolean)
          .slice(0, 20),
        language: i18n.lang,
        hashes,
      });
      show(message, 'ok', '');
      $('case-out').textContent = answer.caseNumber;
      $('secret-out').textContent = answer.secret;
      $('deadline-out').textContent = when(answer.deadlineAt);
      $('case').value = answer.caseNumber;
      $('case-secret').value = answer.secret;
      $('receipt').hidden = false;
      $('receipt').focus();
    } catch (error) {
      show(message, 'bad', `${t('error')} ${error.message}`);
    } finally {
      $('submit').disabled = false;
    }
  });

  function renderStatus(view, note) {
    const out = $('case-result');
    out.replaceChildren();
    if (note) show(out, 'ok', note);
    const dl = document.createElement('dl');
    dl.className = 'facts';
    for (const [k, v] of [
      ['status', t(`st_${view.status}`)],
      ['deadlineIs', when(view.deadlineAt)],
      ['fingerprints', String(view.hashCount)],
    ]) {
      const dt = document.createElement('dt');
      dt.textContent = t(k);
      const dd = document.createElement('dd');
      dd.textContent = v;
      dl.append(dt, dd);
    }
    out.append(dl);
  }

  const caseArgs = () => [encodeURIComponent($('case').value.trim().toUpperCase()), $('case-secret').value.trim()];
  async function caseAction(run) {
    try {
      await run();
    } catch (error) {
      show($('case-result'), 'bad', `${t('error')} ${error.message}`);
    }
  }
  $('check').addEventListener('click', () =>
    caseAction(async () => {
      const [c, s] = caseArgs();
      renderStatus(await call('GET', `/v1/notices/${c}`, undefined, s));
    }),
  );
  $('add').addEventListener('click', () =>
    caseAction(async () => {
      const hashes = allHashes();
      if (hashes.length === 0) return show($('case-result'), 'bad', t('needFiles'));
      const [c, s] = caseArgs();
      renderStatus(await call('POST', `/v1/notices/${c}/hashes`, { hashes }, s), t('added'));
    }),
  );
  $('withdraw').addEventListener('click', () =>
    caseAction(async () => {
      const [c, s] = caseArgs();
      renderStatus(await call('POST', `/v1/notices/${c}/withdraw`, undefined, s), t('withdrawn'));
    }),
  );
})();
