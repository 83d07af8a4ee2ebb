/* The chat page's own behaviour: citations open their source card (in the sources panel on wide
   screens, in place under the answer on narrow ones), theme toggle, question length counter,
   ↑ recalls the last question, the first-start notice can be closed. Nothing is fetched. */
(function () {
  var NARROW = '(max-width: 820px)';

  function openPanelCard(id) {
    var el = document.getElementById(id);
    if (!el) return false;
    for (var d = el.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
    document.querySelectorAll('.src-card.active').forEach(function (x) { x.classList.remove('active'); });
    el.classList.add('active');
    el.scrollIntoView({behavior: 'smooth', block: 'nearest'});
    return true;
  }

  function toggleInlineCard(link) {
    var msg = link.closest('.answer-msg');
    var id = 'i' + link.getAttribute('href').slice(1);  /* cite-T-N → icite-T-N */
    var card = msg && id ? msg.querySelector('[id="' + id + '"]') : null;
    if (!card) return false;
    var open = !card.classList.contains('open');
    msg.querySelectorAll('.src-card.inline.open').forEach(function (x) { x.classList.remove('open', 'active'); });
    if (open) {
      card.classList.add('open', 'active');
      card.scrollIntoView({behavior: 'smooth', block: 'nearest'});
    }
    return true;
  }

  document.addEventListener('click', function (ev) {
    var t = ev.target;
    if (!t || !t.closest) return;
    var close = t.closest('.card-close');
    if (close) {
      ev.preventDefault();
      var card = close.closest('.src-card');
      card.classList.remove('open', 'active');
      var link = card.closest('.answer-msg').querySelector('a.cite');
      if (link) link.scrollIntoView({block: 'nearest'});
      return;
    }
    if (t.closest('.notice-close')) {
      var box = t.closest('.startup-notice');
      if (box) box.remove();
      try { sessionStorage.setItem('rag-notice-closed', '1'); } catch (e) {}
      return;
    }
    var full = t.closest('.open-full');
    if (full) {
      ev.preventDefault();
      openFull(full.closest('.src-card'));
      return;
    }
    var edit = t.closest('.edit-q');
    if (edit) {
      ev.preventDefault();
      var open = document.querySelector('#edit-open');
      if (!open) return;
      /* the turn is the question's position in the chat (the chat's HTML sanitiser drops data attributes);
         the click event reads it from here (its js step), so no hidden box has to be synced first */
      window.ragEditTurn = String(Array.from(document.querySelectorAll('#chat .edit-q')).indexOf(edit));
      open.click();
      setTimeout(function () { var box = document.querySelector('#question textarea'); if (box) box.focus(); }, 300);
      return;
    }
    var followup = t.closest('.followup');
    if (followup) {
      ev.preventDefault();
      var box = document.querySelector('#question textarea');
      box.value = followup.textContent;
      box.dispatchEvent(new Event('input', {bubbles: true}));
      setTimeout(function () { document.getElementById('send').click(); }, 50);
      return;
    }
    var copy = t.closest('.copy-answer');
    if (copy) {
      ev.preventDefault();
      copyAnswer(copy);
      return;
    }
    var a = t.closest('a[href^="#cite-"]');
    if (!a) return;
    ev.preventDefault();
    ev.stopPropagation();
    var panel = document.getElementById(a.getAttribute('href').slice(1));
    var panelShown = panel && panel.offsetParent !== null;
    if (window.matchMedia(NARROW).matches || !panelShown) toggleInlineCard(a);
    else openPanelCard(a.getAttribute('href').slice(1));
  }, true);

  /* 查看全文: ask the server for the whole briefing (through a hidden box and button), then show the quote. */
  function openFull(card) {
    var source = card.querySelector('.src-source');
    var quote = Array.from(card.querySelectorAll('.src-context mark')).map(function (m) { return m.textContent; });
    var box = document.querySelector('#full-request textarea, #full-request input');
    var button = document.querySelector('#full-open');
    if (!source || !box || !button) return;
    /* Marks of a briefing shown before are stale: the quote to find is the new briefing's. */
    document.querySelectorAll('#full-text mark').forEach(function (m) { m.classList.add('stale'); });
    box.value = JSON.stringify({source: source.textContent, quote: quote.join('')});
    box.dispatchEvent(new Event('input', {bubbles: true}));
    setTimeout(function () { button.click(); }, 50);
  }
  /* Once the briefing has arrived (the page updates after the event ends), bring its quote into view. */
  var fullPending = null;
  window.ragShowFull = function () {
    var tries = 0;
    clearInterval(fullPending);
    fullPending = setInterval(function () {
      tries += 1;
      var mark = document.querySelector('#full-text mark:not(.stale)') ||
                 (tries > 10 ? document.querySelector('#full-text mark') : null);
      var head = document.querySelector('#full-text .full-head');
      if (mark || (head && tries > 10) || tries > 40) {
        clearInterval(fullPending);
        var target = mark || head;
        if (target) target.scrollIntoView({block: 'center'});
      }
    }, 100);
    return [];
  };

  /* Copy an answer as plain text with its sources (issue, date, title, quote) for a report. */
  function answerText(msg) {
    var text = msg.querySelector('.answer-text');
    var lines = [text ? text.innerText.trim() : ''];
    var cards = msg.querySelectorAll('.src-card.inline');
    if (cards.length) lines.push('', '来源：');
    cards.forEach(function (card) {
      var meta = Array.from(card.querySelectorAll('.src-n, .src-issue, .src-date')).map(function (x) {
        return x.textContent.trim();
      });
      var title = card.querySelector('.src-title');
      var quote = Array.from(card.querySelectorAll('.src-context mark')).map(function (m) { return m.textContent.trim(); });
      lines.push(meta[0] + ' ' + meta.slice(1).join(' ') + ' ' + (title ? title.textContent.trim() : '') +
                 (quote.length ? '：“' + quote.join('…') + '”' : ''));
    });
    return lines.join('\n');
  }
  function copyAnswer(button) {
    var text = answerText(button.closest('.answer-msg'));
    var done = function () { button.textContent = '已复制'; setTimeout(function () { button.textContent = '复制回答'; }, 2000); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else { fallbackCopy(text); done(); }
  }
  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) {}
    area.remove();
  }

  /* Conversations kept in this browser: an index [{id, title, time}] and one entry per conversation;
     this tab's current conversation id lives in sessionStorage, so a reload reopens it. */
  var CONV_INDEX = 'rag-conversations', CONV_PREFIX = 'rag-conv-', CONV_MAX = 20;
  function convId() {
    var id = sessionStorage.getItem('rag-current');
    if (!id) {
      id = Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
      sessionStorage.setItem('rag-current', id);
    }
    return id;
  }
  function readIndex() {
    try { return JSON.parse(localStorage.getItem(CONV_INDEX) || '[]'); } catch (e) { return []; }
  }
  function pad(n) { return String(n).padStart(2, '0'); }
  window.ragStoreConversation = function (json) {
    try {
      var turns = JSON.parse(json || '[]');
      if (!turns.length) return [];
      var id = convId(), now = new Date();
      localStorage.setItem(CONV_PREFIX + id, json);
      var index = readIndex().filter(function (x) { return x.id !== id; });
      index.unshift({id: id, title: turns[0].question,
                     time: (now.getMonth() + 1) + '月' + now.getDate() + '日 ' + pad(now.getHours()) + ':' + pad(now.getMinutes())});
      index.slice(CONV_MAX).forEach(function (x) { localStorage.removeItem(CONV_PREFIX + x.id); });
      localStorage.setItem(CONV_INDEX, JSON.stringify(index.slice(0, CONV_MAX)));
    } catch (e) {}
    return [];
  };
  window.ragRestore = function () {
    return [localStorage.getItem(CONV_PREFIX + convId()) || '', localStorage.getItem(CONV_INDEX) || '[]'];
  };
  window.ragOpenConversation = function (id) {
    if (id) sessionStorage.setItem('rag-current', id);
    return [id, localStorage.getItem(CONV_PREFIX + id) || '', localStorage.getItem(CONV_INDEX) || '[]'];
  };
  window.ragNewConversation = function () {
    sessionStorage.removeItem('rag-current');
    return [localStorage.getItem(CONV_INDEX) || '[]'];
  };

  /* Theme: follows the system until the user picks one; the choice is kept in this browser. */
  function applyTheme(mode) {
    if (mode === 'dark') document.body.classList.add('dark');
    else if (mode === 'light') document.body.classList.remove('dark');
  }
  window.ragToggleTheme = function () {
    var mode = document.body.classList.contains('dark') ? 'light' : 'dark';
    applyTheme(mode);
    try { localStorage.setItem('rag-theme', mode); } catch (e) {}
    return [];
  };
  try { applyTheme(localStorage.getItem('rag-theme')); } catch (e) {}

  /* The question box: a live count against the limit, and ↑ in an empty box recalls the last question. */
  function updateCount() {
    var box = document.querySelector('#question textarea');
    var out = document.getElementById('ask-count');
    if (!box || !out) return;
    var max = parseInt(out.getAttribute('data-max'), 10) || 500;
    var n = Array.from(box.value.trim()).length;
    var over = n > max;
    out.textContent = n ? (over ? '问题过长：' + n + ' 字，最多 ' + max + ' 字，请精简后再发送' : n + ' / ' + max + ' 字') : '';
    out.classList.toggle('over', over);
  }
  document.addEventListener('input', function (ev) {
    if (ev.target && ev.target.closest && ev.target.closest('#question')) updateCount();
  }, true);
  setInterval(updateCount, 700);
  document.addEventListener('keydown', function (ev) {
    var box = ev.target;
    if (ev.key !== 'ArrowUp' || !box || !box.closest || !box.closest('#question') || box.value) return;
    var asked = document.querySelectorAll('#chat .user-q');
    if (!asked.length) return;
    ev.preventDefault();
    box.value = asked[asked.length - 1].innerText;
    box.dispatchEvent(new Event('input', {bubbles: true}));
  }, true);

  /* Screen readers: gradio labels each message with its raw HTML; give them the text instead. */
  function labelMessages() {
    document.querySelectorAll('#chat [data-testid="bot"], #chat [data-testid="user"]').forEach(function (m) {
      var label = (m.getAttribute('data-testid') === 'bot' ? '回答：' : '问题：') + m.innerText.slice(0, 300);
      if (m.getAttribute('aria-label') !== label) m.setAttribute('aria-label', label);
    });
  }

  /* Gradio's words that its zh-CN translation misses (the state of 赞/踩 after a click). */
  var WORDS = {'Liked': '已赞（再点一次取消）', 'Disliked': '已踩（再点一次取消）', 'Copy message': '复制', 'Copied message': '已复制'};
  function translateButtons() {
    document.querySelectorAll('#chat .message-buttons button').forEach(function (b) {
      ['aria-label', 'title'].forEach(function (attr) {
        var zh = WORDS[b.getAttribute(attr)];
        if (zh) b.setAttribute(attr, zh);
      });
    });
  }

  /* Toast titles are gradio's English type names whatever title the server sends. */
  var TOASTS = {'Warning': '提示', 'Error': '出错了', 'Info': '提示', 'Success': '完成'};
  function translateToasts() {
    document.querySelectorAll('.toast-title').forEach(function (t) {
      var zh = TOASTS[t.textContent.trim()];
      if (zh) t.textContent = zh;
    });
    document.querySelectorAll('.toast-close[aria-label="Close"]').forEach(function (b) {
      b.setAttribute('aria-label', '关闭');
    });
  }

  new MutationObserver(function () {
    labelMessages();
    translateButtons();
    translateToasts();
    var closed = false;
    try { closed = sessionStorage.getItem('rag-notice-closed') === '1'; } catch (e) {}
    if (closed) document.querySelectorAll('.startup-notice').forEach(function (x) { x.remove(); });
  }).observe(document.documentElement, {subtree: true, childList: true, attributes: true,
                                         attributeFilter: ['aria-label', 'title']});
})();
