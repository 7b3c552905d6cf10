// Painlink's browser platform layer, the JS half (the C++ half is platform_web.cpp).
// No destructuring here: Emscripten 3.1.6's JS minifier mangles it.
// Linked with --pre-js: it runs inside the Emscripten module factory, so `Module` is this widget
// instance and several widgets on one page never share state.
//
// Why our own layer instead of Emscripten 3.1.6's GLFW: that GLFW ignores devicePixelRatio (blurry
// text on phones) and maps touch to mouse crudely. Here:
//  - pointer events unify mouse, pen and touch; touch drags become scrolling in C++;
//  - the canvas backing store is CSS size x devicePixelRatio, re-read on every resize and zoom;
//  - a hidden <textarea> receives keyboard and IME input, so phones open their keyboard and
//    non-ASCII text arrives; for the notes it is shown over their box and does the typing itself
//    (wrapping, caret, selection), see ui/text_area.hpp;
//  - frames are drawn on input only (plus a short tail for hover effects): idle costs nothing.
/* global Module */
var PL = (Module['PL'] = {
  canvas: null,
  textarea: null,
  cssWidth: 0,
  cssHeight: 0,
  dpr: 1,
  rafPending: false,
  keepDrawingUntil: 0,
  framesDrawn: 0,
  composing: false,
  listeners: [],
  destroyed: false,
  SENTINEL: '  ',

  listen(target, type, fn, opts) {
    target.addEventListener(type, fn, opts);
    PL.listeners.push([target, type, fn, opts]);
  },

  // ---- frames -------------------------------------------------------------------------------
  requestFrames(ms) {
    PL.keepDrawingUntil = Math.max(PL.keepDrawingUntil, performance.now() + ms);
    PL.schedule();
  },
  schedule() {
    if (PL.rafPending || PL.destroyed) return;
    PL.rafPending = true;
    requestAnimationFrame(PL.tick);
  },
  tick() {
    PL.rafPending = false;
    if (PL.destroyed) return;
    const wantsMore = PL.frameNow();
    if (wantsMore || performance.now() < PL.keepDrawingUntil) PL.schedule();
  },
  // Draws one frame right now. Called from gesture handlers too, so that actions which browsers
  // only allow inside a user gesture (focusing an input to open the phone keyboard, file pickers,
  // downloads, print) run while the gesture is still active.
  frameNow() {
    PL.framesDrawn++;
    const more = Module['_pl_frame'](performance.now()) !== 0;
    PL.syncTextInput();
    return more;
  },

  // ---- size and pixel ratio -----------------------------------------------------------------
  applySize(cssW, cssH, devW, devH) {
    const dpr = window.devicePixelRatio || 1;
    PL.cssWidth = cssW;
    PL.cssHeight = cssH;
    PL.dpr = dpr;
    // devicePixelContentBoxSize gives exact device pixels on real screens; under device emulation
    // it can disagree with devicePixelRatio, so it is used only when the two agree.
    const agrees = (dev, css) => dev > 0 && Math.abs(dev - css * dpr) <= dpr + 1;
    const w = Math.max(1, agrees(devW, cssW) ? devW : Math.round(cssW * dpr));
    const h = Math.max(1, agrees(devH, cssH) ? devH : Math.round(cssH * dpr));
    if (PL.canvas.width !== w) PL.canvas.width = w;
    if (PL.canvas.height !== h) PL.canvas.height = h;
    Module['_pl_resize'](cssW, cssH, w / Math.max(cssW, 1));
    // Setting width/height clears the drawing buffer: draw again right away.
    PL.frameNow();
    PL.requestFrames(100);
  },
  // The on-screen keyboard covers the bottom of the visual viewport: the widget keeps the text being
  // typed above it (ui::set_visible_bottom).
  watchKeyboard() {
    const vv = window.visualViewport;
    if (!vv) return;
    const update = () => {
      const r = PL.canvas.getBoundingClientRect();
      Module['_pl_visible_bottom'](vv.offsetTop + vv.height - r.top);
      PL.requestFrames(300);
    };
    PL.listen(vv, 'resize', update);
    PL.listen(vv, 'scroll', update);
  },
  watchSize() {
    const measure = () => {
      const r = PL.canvas.getBoundingClientRect();
      PL.applySize(r.width, r.height, 0, 0);
    };
    if (typeof ResizeObserver !== 'undefined') {
      const ro = new ResizeObserver((entries) => {
        const e = entries[entries.length - 1];
        const box = e.contentBoxSize && e.contentBoxSize[0];
        const dev = e.devicePixelContentBoxSize && e.devicePixelContentBoxSize[0];
        const cssW = box ? box.inlineSize : e.contentRect.width;
        const cssH = box ? box.blockSize : e.contentRect.height;
        PL.applySize(cssW, cssH, dev ? dev.inlineSize : 0, dev ? dev.blockSize : 0);
      });
      try {
        ro.observe(PL.canvas, { box: 'device-pixel-content-box' });
      } catch (err) {
        ro.observe(PL.canvas);
      }
      PL.resizeObserver = ro;
    } else {
      PL.listen(window, 'resize', measure);
    }
    // Browser zoom and moving to another screen change devicePixelRatio without a resize.
    const watchDpr = () => {
      const mq = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
      const onChange = () => {
        mq.removeEventListener('change', onChange);
        if (PL.destroyed) return;
        measure();
        watchDpr();
      };
      mq.addEventListener('change', onChange);
    };
    watchDpr();
    measure();
  },

  // ---- pointer (mouse, pen, touch) ----------------------------------------------------------
  pointerKind(e) {
    return e.pointerType === 'touch' ? 1 : e.pointerType === 'pen' ? 2 : 0;
  },
  localXY(e) {
    const r = PL.canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  },
  // kind: 0 move, 1 down, 2 up, 3 cancel, 4 leave
  sendPointer(kind, e) {
    const xy = PL.localXY(e);
    Module['_pl_pointer'](kind, xy[0], xy[1], e.button | 0, PL.pointerKind(e), e.isPrimary ? 1 : 0);
  },
  installPointer() {
    const c = PL.canvas;
    c.style.touchAction = 'none'; // we scroll ourselves; the page must not steal the drag
    PL.listen(c, 'pointerdown', (e) => {
      if (!e.isPrimary) {
        // A second finger: the gesture is a pinch, not a tap or a scroll. Cancel the first
        // finger's press so nothing is clicked and nothing scrolls until every finger is up.
        if (e.pointerType === 'touch') {
          const xy = PL.localXY(e);
          Module['_pl_pointer'](3, xy[0], xy[1], 0, 1, 1);
          PL.requestFrames(200);
        }
        return;
      }
      try { c.setPointerCapture(e.pointerId); } catch (err) { /* synthetic events */ }
      if (document.activeElement !== PL.textarea) c.focus({ preventScroll: true });
      PL.sendPointer(1, e);
      PL.frameNow();
      PL.requestFrames(400);
      e.preventDefault();
    });
    PL.listen(c, 'pointermove', (e) => {
      if (!e.isPrimary) return;
      const events = e.getCoalescedEvents ? e.getCoalescedEvents() : [];
      PL.sendPointer(0, events.length ? events[events.length - 1] : e);
      PL.requestFrames(e.pointerType === 'mouse' ? 600 : 250);
    });
    PL.listen(c, 'pointerup', (e) => {
      if (!e.isPrimary) return;
      PL.sendPointer(2, e);
      PL.frameNow(); // the click lands inside the gesture
      PL.requestFrames(400);
    });
    PL.listen(c, 'pointercancel', (e) => {
      PL.sendPointer(3, e);
      PL.requestFrames(200);
    });
    PL.listen(c, 'pointerleave', (e) => {
      if (e.pointerType !== 'mouse') return;
      PL.sendPointer(4, e);
      PL.requestFrames(200);
    });
    // The notes' text area, when shown over the canvas, passes the wheel on: the view scrolls.
    PL.listen(PL.textarea, 'wheel', (e) => { if (PL.areaSerial !== null) PL.onWheel(e); }, { passive: false });
    PL.listen(c, 'wheel', (e) => PL.onWheel(e), { passive: false });
    PL.listen(c, 'contextmenu', (e) => e.preventDefault());
  },
  onWheel(e) {
    // deltaMode: 0 pixels, 1 lines, 2 pages. ImGui wants "lines" (1.0 = one notch).
    const scale = e.deltaMode === 1 ? 1 : e.deltaMode === 2 ? 10 : 1 / 100;
    const xy = PL.localXY(e);
    Module['_pl_wheel'](xy[0], xy[1], -e.deltaX * scale, -e.deltaY * scale);
    PL.requestFrames(300);
    e.preventDefault();
  },

  // ---- keyboard and text --------------------------------------------------------------------
  // Keys ImGui needs as keys (navigation, editing). Printable characters arrive as text instead.
  NAMED_KEYS: new Set(['Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown',
    'Home', 'End', 'Insert', 'Delete', 'Backspace', 'Enter', 'Escape', ' ']),
  mods(e) {
    return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
  },
  sendKey(key, down, mods) {
    PL.withCString(key, (ptr) => Module['_pl_key'](ptr, down ? 1 : 0, mods));
  },
  sendText(text) {
    if (!text) return;
    PL.withCString(text, (ptr) => Module['_pl_text'](ptr));
  },
  // A lone surrogate becomes U+FFFD first: stringToUTF8 would pair it with the next character
  // and lose that one.
  withCString(text, fn) {
    const s = typeof text.toWellFormed === 'function' ? text.toWellFormed() : text;
    const n = lengthBytesUTF8(s) + 1;
    const ptr = Module['_malloc'](n);
    stringToUTF8(s, ptr, n);
    try {
      return fn(ptr);
    } finally {
      Module['_free'](ptr);
    }
  },
  onKeyDown(e) {
    if (e.isComposing || e.keyCode === 229) return; // the IME owns this key
    if (PL.areaSerial !== null && e.target === PL.textarea) return PL.onTextAreaKey(e);
    const m = PL.mods(e);
    const shortcut = (e.ctrlKey || e.metaKey) && /^[acvxyz]$/i.test(e.key);
    const inText = document.activeElement === PL.textarea;
    if (PL.NAMED_KEYS.has(e.key) || shortcut) {
      // A space typed into a text field is text; elsewhere it presses the focused button.
      if (e.key === ' ' && inText) return;
      // Tab goes through the widget's controls (ImGui's navigation, in reading order) and leaves
      // it after the last one (Shift+Tab: before the first): keyboard users must get out.
      if (e.key === 'Tab' && PL.semLeaves(e.shiftKey)) return;
      // On the last control on screen with more of the view below, ImGui decides: it goes on to
      // the next control, or wraps round to the first, which means there was none (semUpdate).
      if (e.key === 'Tab' && !e.shiftKey && PL.sem && PL.sem.frame) PL.sem.wrapWatch = PL.semLastFocus();
      PL.sendKey(e.key.toLowerCase() === e.key && shortcut ? e.key.toLowerCase() : e.key, true, m);
      if (!(shortcut && e.key.toLowerCase() === 'v')) e.preventDefault(); // let paste happen
      PL.frameNow();
      PL.requestFrames(300);
    } else if (!inText && e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
      // Typing while the canvas itself has focus (desktop): deliver as text.
      PL.sendText(e.key);
      e.preventDefault();
      PL.frameNow();
      PL.requestFrames(300);
    } else if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) {
      PL.sendKey(e.key, true, m);
    }
  },
  onKeyUp(e) {
    if (PL.areaSerial !== null && e.target === PL.textarea) {
      if (e.key === 'Tab') PL.sendKey('Tab', false, PL.mods(e));
      return;
    }
    if (PL.NAMED_KEYS.has(e.key) || ['Shift', 'Control', 'Alt', 'Meta'].includes(e.key) ||
        ((e.ctrlKey || e.metaKey) && /^[acvxyz]$/i.test(e.key))) {
      PL.sendKey(e.key, false, PL.mods(e));
      PL.requestFrames(200);
    }
  },
  resetTextarea() {
    const t = PL.textarea;
    t.value = PL.SENTINEL;
    t.setSelectionRange(PL.SENTINEL.length, PL.SENTINEL.length);
  },
  installKeyboard() {
    const c = PL.canvas;
    const t = PL.textarea;
    PL.listen(c, 'keydown', PL.onKeyDown);
    PL.listen(c, 'keyup', PL.onKeyUp);
    PL.listen(t, 'keydown', PL.onKeyDown);
    PL.listen(t, 'keyup', PL.onKeyUp);
    // Virtual keyboards send keyCode 229 for everything; their edits arrive as input events.
    PL.listen(t, 'beforeinput', (e) => {
      if (PL.areaSerial !== null) return; // the notes' text area edits itself
      if (e.inputType === 'deleteContentBackward') {
        PL.sendKey('Backspace', true, 0);
        PL.sendKey('Backspace', false, 0);
        e.preventDefault();
        PL.frameNow();
        PL.requestFrames(200);
      } else if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph') {
        PL.sendKey('Enter', true, 0);
        PL.sendKey('Enter', false, 0);
        e.preventDefault();
        PL.frameNow();
        PL.requestFrames(200);
      }
    });
    PL.listen(t, 'compositionstart', () => { PL.composing = true; });
    PL.listen(t, 'compositionend', (e) => {
      PL.composing = false;
      if (PL.areaSerial !== null) return PL.textAreaChanged();
      PL.sendText(e.data || '');
      PL.resetTextarea();
      PL.frameNow();
      PL.requestFrames(200);
    });
    PL.listen(t, 'input', (e) => {
      if (PL.areaSerial !== null) return PL.textAreaChanged(); // a word being composed is kept too
      if (PL.composing || e.isComposing) return;
      let text = e.data;
      if (text == null) {
        const v = t.value;
        text = v.startsWith(PL.SENTINEL) ? v.slice(PL.SENTINEL.length) : v;
      }
      PL.sendText(text);
      PL.resetTextarea();
      PL.frameNow();
      PL.requestFrames(200);
    });
    PL.listen(t, 'paste', (e) => {
      if (PL.areaSerial !== null) return; // pasted into the text area; its input event follows
      const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      PL.sendText(text);
      e.preventDefault();
      PL.frameNow();
      PL.requestFrames(200);
    });
    PL.listen(c, 'paste', (e) => {
      const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      PL.sendText(text);
      e.preventDefault();
      PL.requestFrames(200);
    });
    // The widget has the keyboard while focus is anywhere inside it: the canvas, the typing field
    // or a mirror of the semantics tree.
    const box = c.parentNode;
    PL.listen(box, 'focusin', () => {
      Module['_pl_focus'](1);
      PL.requestFrames(100);
    });
    PL.listen(box, 'focusout', (e) => {
      if (e.relatedTarget && box.contains(e.relatedTarget)) return;
      Module['_pl_focus'](0);
      PL.requestFrames(100);
    });
  },
  // Keeps the hidden textarea focused exactly while an ImGui text field is active, placed over
  // that field (so the phone scrolls it into view and the IME popup appears beside it).
  syncTextInput() {
    const t = PL.textarea;
    if (!t) return;
    // Never move focus while the page (or, in an embed, the host page) has it elsewhere: a frame
    // drawn by a timer must not steal the keys someone is typing outside the widget.
    const wants = Module['_pl_wants_text_input']() !== 0;
    const area = new Float32Array(HEAPF32.buffer, Module['_pl_text_area'](), 17);
    if (PL.areaSerial !== null && !(wants && area[0])) PL.hideTextArea();
    if (!document.hasFocus()) return;
    const focused = document.activeElement === t;
    if (wants && area[0]) {
      PL.showTextArea(area, focused);
    } else if (wants) {
      const rectPtr = Module['_pl_text_input_rect']();
      const f = new Float32Array(HEAPF32.buffer, rectPtr, 4);
      t.style.left = Math.round(f[0]) + 'px';
      t.style.top = Math.round(f[1]) + 'px';
      t.style.width = Math.max(1, Math.round(f[2])) + 'px';
      t.style.height = Math.max(1, Math.round(f[3])) + 'px';
      if (!focused) {
        PL.resetTextarea();
        t.focus({ preventScroll: true });
      }
    } else if (focused) {
      // Typing ended: focus goes to the control ImGui has focused (the canvas if it is not drawn),
      // straight from here, without a detour that a screen reader would announce.
      PL.semSyncFocus(true);
      if (document.activeElement === t && !PL.semFocusIsTextbox()) PL.canvas.focus({ preventScroll: true });
    }
  },

  // The notes are typed in the browser's own text area, shown over the box the canvas draws for
  // them (ui/text_area.hpp): it wraps, grows, and has the phone's caret, selection and dictation.
  // areaSerial is the text version the field holds (null: the field is the hidden key catcher).
  areaSerial: null,
  showTextArea(a, focused) {
    const t = PL.textarea;
    const px = (v) => Math.round(v) + 'px';
    if (PL.areaSerial === null) {
      t.classList.add('painlink-typing');
      PL.areaSerial = -1;
    }
    t.style.left = px(a[2]);
    t.style.top = px(a[3]);
    t.style.width = px(a[4] - a[2]);
    t.style.height = px(a[5] - a[3]);
    // The part of the box scrolled under the header or off the bottom is cut off, as on the canvas.
    t.style.clipPath = `inset(${px(a[7] - a[3])} ${px(a[4] - a[8])} ${px(a[5] - a[9])} ${px(a[6] - a[2])})`;
    // The size the box draws its text at when not typing (16px at least: iOS zooms the page into a
    // field with smaller text), and ImGui's line spacing.
    t.style.fontSize = px(a[10]);
    t.style.lineHeight = px(a[10]);
    t.style.padding = `${px(a[12])} ${px(a[11])}`;
    t.style.color = `rgba(${a[13]},${a[14]},${a[15]},${a[16] / 255})`;
    if (PL.areaSerial !== a[1]) {
      PL.areaSerial = a[1];
      const text = UTF8ToString(Module['_pl_text_area_text']());
      if (t.value !== text) {
        t.value = text;
        t.setSelectionRange(text.length, text.length);
      }
    }
    if (!focused) t.focus({ preventScroll: true });
    PL.reportTextAreaHeight();
  },
  hideTextArea() {
    const t = PL.textarea;
    PL.areaSerial = null;
    t.classList.remove('painlink-typing');
    for (const k of ['clipPath', 'fontSize', 'lineHeight', 'padding', 'color']) t.style[k] = '';
    PL.resetTextarea();
  },
  // Text that needs more room than the box has: the box grows to the browser's measure of it.
  reportTextAreaHeight() {
    const t = PL.textarea;
    if (t.scrollHeight > t.clientHeight + 1) PL.textAreaChanged();
  },
  textAreaChanged() {
    const t = PL.textarea;
    PL.withCString(t.value, (ptr) => Module['_pl_text_area_changed'](ptr, t.scrollHeight));
    PL.frameNow();
    PL.requestFrames(200);
  },
  // Escape and Tab end typing in the notes; Tab then moves on from the box, as from any field.
  // From the widget's last control, Tab leaves the widget (as from any other control).
  onTextAreaKey(e) {
    if (e.key !== 'Escape' && e.key !== 'Tab') return;
    const leaves = e.key === 'Tab' && PL.semLeaves(e.shiftKey);
    Module['_pl_text_area_done'](e.key === 'Tab' && !leaves ? 1 : 0);
    PL.requestFrames(300);
    if (leaves && e.shiftKey) return; // the browser's own Shift+Tab
    e.preventDefault();
    if (e.key === 'Tab' && !leaves) {
      if (!e.shiftKey && PL.sem && PL.sem.frame) PL.sem.wrapWatch = PL.semLastFocus(); // as onKeyDown
      PL.sendKey('Tab', true, PL.mods(e));
    }
    PL.frameNow();
    if (leaves) PL.semLeave();
  },

  // ---- semantics tree (ui/semantics.hpp) ------------------------------------------------------
  // Each node of the frame's tree is an invisible element over the item it stands for, with its
  // role, name and state, so screen readers read the canvas and keyboard focus has a DOM target.
  // Updated by diff: elements are made once per node ID and only what changed is written.
  // Focus follows ImGui's navigation (frame.focus); a screen reader's own focus or click on an
  // element comes back through _pl_sem_focus / _pl_sem_activate.
  sem: null,
  installSemantics() {
    const root = document.createElement('div');
    root.className = 'painlink-sem';
    PL.canvas.insertAdjacentElement('afterend', root);
    PL.sem = { root: root, els: new Map(), nodes: new Map(), frame: null, silent: false };
    if (PL.pendingSem) PL.semUpdate(PL.pendingSem);
    PL.pendingSem = null;
  },
  semCreate(n) {
    const el = document.createElement('div');
    el.setAttribute('data-sem', n.r);
    el.setAttribute('role', n.r);
    const id = n.i;
    if (n.r === 'radiogroup' || n.r === 'tablist') {
      el.setAttribute('data-sem-group', '');
      return el;
    }
    if (n.r === 'heading' || n.r === 'img') return el;
    el.addEventListener('focus', () => {
      if (PL.sem.silent || PL.destroyed) return;
      Module['_pl_sem_focus'](id);
      PL.frameNow();
      PL.requestFrames(300);
    });
    el.addEventListener('click', (e) => {
      e.preventDefault();
      PL.semActivate(id);
    });
    el.addEventListener('keydown', (e) => PL.onSemKey(e, id));
    el.addEventListener('keyup', PL.onKeyUp);
    return el;
  },
  semActivate(id, focus) {
    if (PL.destroyed || !id) return;
    Module['_pl_sem_activate'](id, focus === false ? 0 : 1);
    PL.frameNow();
    PL.requestFrames(300);
  },
  semApply(el, n, old) {
    const set = (name, value) => {
      if (value === null || value === undefined) el.removeAttribute(name);
      else if (el.getAttribute(name) !== String(value)) el.setAttribute(name, String(value));
    };
    if (!old || old.x !== n.x || old.y !== n.y || old.w !== n.w || old.h !== n.h) {
      if (!el.hasAttribute('data-sem-group')) {
        el.style.left = n.x + 'px';
        el.style.top = n.y + 'px';
        el.style.width = n.w + 'px';
        el.style.height = n.h + 'px';
      }
    }
    if (n.r === 'heading') {
      if (el.textContent !== n.n) el.textContent = n.n;
      set('aria-level', n.l || 2);
      return;
    }
    set('aria-label', n.n);
    const state = n.c === undefined ? null : n.c ? 'true' : 'false';
    set('aria-checked', n.r === 'radio' || n.r === 'checkbox' ? (state || 'false') : null);
    set('aria-selected', n.r === 'tab' ? (state || 'false') : null);
    set('aria-pressed', n.r === 'button' ? state : null);
    set('aria-disabled', n.d ? 'true' : null);
    set('aria-multiline', n.r === 'textbox' && n.m ? 'true' : null);
    if (n.r === 'spinbutton') {
      const v = parseFloat(n.v);
      set('aria-valuetext', n.v || null);
      set('aria-valuenow', Number.isFinite(v) ? v : null);
    }
  },
  semUpdate(json) {
    const S = PL.sem;
    if (!S) {
      PL.pendingSem = json;  // the first frame comes before attach()
      return;
    }
    const f = JSON.parse(json);
    // Focus inside the widget before the update: it must stay inside even when the element that
    // had it goes (its control scrolled out of view as Tab moved on).
    const a = document.activeElement;
    const hadFocus = a === PL.canvas || a === PL.textarea || S.root.contains(a);
    // Elements of controls gone from this frame go first: left in place, they would make the loop
    // below move the ones that stay, and moving the element that has focus (or its group) drops
    // the focus to the page.
    const seen = new Set(f.nodes.map((n) => n.i));
    S.els.forEach((el, id) => {
      if (seen.has(id)) return;
      el.remove();
      S.els.delete(id);
      S.nodes.delete(id);
    });
    const last = new Map();  // parent -> the element placed last in it
    let tabStop = null;
    for (const n of f.nodes) {
      let el = S.els.get(n.i);
      const old = S.nodes.get(n.i);
      if (el && old && old.r !== n.r) {
        el.remove();
        el = null;
      }
      if (!el) {
        el = PL.semCreate(n);
        S.els.set(n.i, el);
      }
      PL.semApply(el, n, el.isConnected ? old : null);
      S.nodes.set(n.i, n);
      const parent = (n.g && S.els.get(n.g)) || S.root;
      const prev = last.get(parent) || null;
      const want = prev ? prev.nextSibling : parent.firstChild;
      if (el.parentNode !== parent || (want !== el)) parent.insertBefore(el, want);
      last.set(parent, el);
      if (n.t && (!tabStop || n.i === f.focus)) tabStop = el;
    }
    // One tab stop into the widget (the focused control, else the first); inside it, Tab is
    // ImGui's navigation.
    S.els.forEach((el, id) => {
      const ti = !S.nodes.get(id).t ? null : el === tabStop ? '0' : '-1';
      if (ti === null) el.removeAttribute('tabindex');
      else if (el.getAttribute('tabindex') !== ti) el.setAttribute('tabindex', ti);
    });
    S.frame = f;
    if (S.wrapWatch && f.focus && f.focus !== S.wrapWatch) {
      const from = S.wrapWatch;
      S.wrapWatch = 0;
      // Wrapped: the new focus comes before the old one, or (the old one scrolled away) it is the
      // very first control.
      const was = PL.semOrder(from);
      const first = f.nodes.find((n) => n.t);
      if (was >= 0 ? PL.semOrder(f.focus) < was : first && first.i === f.focus) {
        PL.semLeave();
        return;
      }
    }
    // The typing field is read as the text box being typed into, and hidden otherwise.
    const editing = f.editing && S.nodes.get(f.editing);
    if (PL.textarea) {
      if (editing) {
        PL.textarea.setAttribute('aria-label', editing.n);
        PL.textarea.removeAttribute('aria-hidden');
      } else if (!PL.textarea.hasAttribute('aria-hidden')) {
        PL.textarea.setAttribute('aria-hidden', 'true');
        PL.textarea.removeAttribute('aria-label');
      }
    }
    PL.semSyncFocus(hadFocus);
  },
  // While focus is in the widget, it sits on the mirror of the control ImGui has focused (a screen
  // reader then reads that control), except while typing: then the typing field has it.
  semSyncFocus(hadFocus) {
    const S = PL.sem;
    if (!S || !S.frame || !document.hasFocus()) return;
    const a = document.activeElement;
    const inside = hadFocus || a === PL.canvas || S.root.contains(a) || a === PL.textarea;
    if (!inside || S.frame.editing) return;
    const el = S.frame.focus && S.els.get(S.frame.focus);
    if (!el) {
      // The focused control is not drawn this frame: the canvas holds the keys until it is.
      if (a !== PL.canvas && a !== PL.textarea && !S.root.contains(a)) PL.canvas.focus({ preventScroll: true });
      return;
    }
    if (a === el) return;
    // A text box reached by Tab starts typing on the next frame: the typing field takes the focus
    // now, so it never falls to the page in between.
    if (PL.semFocusIsTextbox()) {
      if (a !== PL.textarea) PL.textarea.focus({ preventScroll: true });
      return;
    }
    S.silent = true;
    try {
      el.focus({ preventScroll: true });
    } finally {
      S.silent = false;
    }
  },
  // The focused node when it is the last control of the tree, else 0.
  semLastFocus() {
    const f = PL.sem.frame;
    let last = 0;
    for (const n of f.nodes) {
      if (n.t) last = n.i;
    }
    return last && last === f.focus ? last : 0;
  },
  semFocusIsTextbox() {
    const S = PL.sem;
    const n = S && S.frame && S.frame.focus && S.nodes.get(S.frame.focus);
    return !!n && n.r === 'textbox' && !!PL.textarea;
  },
  semOrder(id) {
    const nodes = PL.sem.frame.nodes;
    for (let k = 0; k < nodes.length; k++) if (nodes[k].i === id) return k;
    return -1;
  },
  // Tab past the widget's last control: focus goes to the page's next focusable element, as the
  // browser's own Tab would have done (none: the page is left to the browser).
  semLeave() {
    const root = PL.canvas.parentNode;
    const sel = 'a[href], button, input, select, textarea, [tabindex]';
    const next = Array.prototype.find.call(document.querySelectorAll(sel), (el) =>
      el.tabIndex >= 0 && !el.disabled && !root.contains(el) && el.getClientRects().length > 0 &&
      (root.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    if (next) next.focus();
    else if (document.activeElement && root.contains(document.activeElement)) document.activeElement.blur();
  },
  semLeaves(backward) {
    const f = PL.sem && PL.sem.frame;
    if (!f) return true;
    return backward ? !!f.leaveBackward : !!f.leaveForward;
  },
  onSemKey(e, id) {
    const n = PL.sem && PL.sem.nodes.get(id);
    if (n && n.r === 'spinbutton' && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      PL.semActivate(e.key === 'ArrowUp' ? n.inc : n.dec, false);
      e.preventDefault();
      return;
    }
    PL.onKeyDown(e);
  },

  // ---- downloads ----------------------------------------------------------------------------
  saveBlob(blob, filename) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.rel = 'noopener';
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    setTimeout(() => {
      URL.revokeObjectURL(url);
      a.remove();
    }, 1000);
  },

  // ---- storage events, lifecycle ------------------------------------------------------------
  installLifecycle(storageKey) {
    // The storage object is read once: inside a clinic's iframe (partitioned storage) Chromium can
    // throw on reading window.localStorage while it delivers a storage event.
    let area = null;
    try {
      area = window.localStorage;
    } catch (err) {
      area = null;
    }
    PL.listen(window, 'storage', (e) => {
      if (area && e.storageArea === area && (e.key === null || e.key.startsWith(storageKey))) {
        Module['_pl_storage_changed']();
        PL.requestFrames(200);
      }
    });
    // Save anything pending when the page goes away or into the background (phones kill tabs).
    const flush = () => Module['_pl_flush']();
    PL.listen(window, 'pagehide', flush);
    // A reload or close while changes are only in memory (storage full, or not yet handed to the
    // writing tab) would lose them: the browser asks the patient first.
    PL.listen(window, 'beforeunload', (e) => {
      flush();
      if (Module['_pl_unsaved']()) {
        e.preventDefault();
        e.returnValue = '';
      }
    });
    PL.listen(document, 'visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
      else PL.requestFrames(200);
    });
  },

  // ---- tabs: one writer (core/tab_sync.hpp) ------------------------------------------------------
  // The tab holding the Web Lock writes localStorage; the others send it their changes over a
  // BroadcastChannel and resend until it acknowledges them. When the leader closes, the lock passes
  // to a waiting tab. Without Web Locks or BroadcastChannel the tab stays "solo" (reads, merges and
  // writes itself, as before).
  tabString(ptr) {
    return ptr ? Module['UTF8ToString'](ptr) : null;
  },
  tabCall(fn, text) {
    const n = Module['lengthBytesUTF8'](text) + 1;
    const ptr = Module['_malloc'](n);
    Module['stringToUTF8'](text, ptr, n);
    try {
      return fn(ptr);
    } finally {
      Module['_free'](ptr);
    }
  },
  installTabs(storageKey) {
    let channel = null;
    try {
      if (typeof BroadcastChannel === 'undefined' || !navigator.locks || !navigator.locks.request) return;
      channel = new BroadcastChannel('painlink:' + storageKey);
    } catch (err) {
      return;  // e.g. a sandboxed frame: solo
    }
    const tab = (PL.tab = { channel: channel, id: Math.random().toString(36).slice(2) + Date.now().toString(36),
      leader: false, acks: [], retry: 0, release: null });
    const post = (msg) => {
      try {
        channel.postMessage(msg);
      } catch (err) {
        // a closed channel (the page is going away): the follower resends from its outbox
      }
    };
    Module['_pl_tab_set_role'](2);
    PL.tabPump = () => {
      if (PL.destroyed) return;
      if (tab.leader) {
        const saved = PL.tabString(Module['_pl_tab_take_saved'](0));
        if (saved || tab.acks.length) post({ type: 'saved', from: tab.id, acks: tab.acks.splice(0), saved: saved });
        return;
      }
      const out = PL.tabString(Module['_pl_tab_outgoing']());
      if (out) post({ type: 'changes', from: tab.id, changes: out });
      clearTimeout(tab.retry);
      if (Module['_pl_tab_pending']()) tab.retry = setTimeout(PL.tabPump, 600);
    };
    channel.onmessage = (e) => {
      const m = e.data;
      if (PL.destroyed || !m || typeof m !== 'object') return;
      if (tab.leader) {
        if (m.type === 'changes' && typeof m.changes === 'string') {
          const ack = PL.tabCall(Module['_pl_tab_receive_changes'], m.changes);
          if (ack >= 0) tab.acks.push({ tab: m.from, batch: ack });
          PL.tabPump();
        } else if (m.type === 'hello') {
          const full = PL.tabString(Module['_pl_tab_take_saved'](1));
          if (full) post({ type: 'saved', from: tab.id, acks: [], saved: full });
        }
        PL.requestFrames(200);
        return;
      }
      if (m.type !== 'saved') return;
      if (typeof m.saved === 'string') PL.tabCall(Module['_pl_tab_receive_saved'], m.saved);
      for (const a of m.acks || []) if (a && a.tab === tab.id) Module['_pl_tab_ack'](a.batch);
      PL.tabPump();
      PL.requestFrames(200);
    };
    post({ type: 'hello', from: tab.id });  // the leader answers with the whole journal
    navigator.locks.request('painlink-writer:' + storageKey, () => {
      if (PL.destroyed) return undefined;
      tab.leader = true;
      clearTimeout(tab.retry);
      Module['_pl_tab_set_role'](1);
      PL.tabPump();
      return new Promise((resolve) => { tab.release = resolve; });
    }).catch(() => {});
  },

  attach(canvas, textarea, storageKey) {
    PL.canvas = canvas;
    PL.textarea = textarea;
    PL.resetTextarea();
    PL.installSemantics();
    PL.installPointer();
    PL.installKeyboard();
    PL.installLifecycle(storageKey);
    PL.installTabs(storageKey);
    PL.installViewHistory();
    PL.watchSize();
    PL.watchKeyboard();
    // The installed app is used offline: it keeps the whole widget at hand from its first start.
    if (window.matchMedia && window.matchMedia('(display-mode: standalone)').matches) setTimeout(PL.loadRest, 0);
  },

  // The browser's Back goes to the previous view, as on any web page, instead of leaving the app:
  // each view the patient opens is a history entry (ui::Platform::view_opened). Only in the full
  // app: inside a clinic's iframe the entries would join the host page's history.
  installViewHistory() {
    PL.viewHistory = window.top === window.self;
    if (!PL.viewHistory) return;
    PL.onPopState = (e) => {
      const view = e.state && typeof e.state.painlinkView === 'number' ? e.state.painlinkView : 0;
      Module['_pl_show_view'](view);
      PL.requestFrames(200);
    };
    window.addEventListener('popstate', PL.onPopState);
  },
  viewOpened(view, first) {
    if (!PL.viewHistory) return;
    const state = Object.assign({}, history.state, { painlinkView: view });
    if (first) history.replaceState(state, '');
    else history.pushState(state, '');
  },

  // ---- the rest of the widget ---------------------------------------------------------------
  // A split build (scripts/split_wasm.mjs) keeps the views and analyses that a first visit does
  // not run in painlink.deferred.wasm. loadRest() fetches and compiles it in the background once
  // the C++ side expects it (ui::Platform::expect_rest_of_widget); instantiating it puts its
  // functions into the function table in place of Emscripten's placeholders. The views wait for it
  // (Platform::rest_of_widget); anything else that calls into it first makes Emscripten call
  // Module.loadSplitModule (below), which gets the file synchronously: the page stops for that one
  // download rather than fail.
  rest: null,          // the background load, while it runs
  restLoaded: false,   // the deferred module is in place
  restFailed: false,   // the last background load failed (offline and never cached)
  // The second file's name, with its build's hash (scripts/split_wasm.mjs writes it in here), so a
  // page never puts another build's functions in its table; still the placeholder when unsplit.
  REST_FILE: '__PAINLINK_DEFERRED_WASM__',
  split() {
    return PL.REST_FILE.indexOf('__') !== 0;
  },
  restUrl() {
    return Module['locateFile'] ? Module['locateFile'](PL.REST_FILE, '') : PL.REST_FILE;
  },
  // Resolves true once the rest is in place (at once in a build in one piece): the JS API's calls
  // into it (importJSON, insights) then run without a pause (widget.whenComplete()).
  whenRestLoaded() {
    if (PL.restLoaded || !PL.split()) return Promise.resolve(true);
    PL.loadRest();
    return PL.rest ? PL.rest.then(() => PL.restLoaded) : Promise.resolve(PL.restLoaded);
  },
  loadRest() {
    if (PL.restLoaded || PL.rest || PL.destroyed || !PL.split()) return;
    PL.restFailed = false;
    PL.rest = fetch(PL.restUrl(), { credentials: 'same-origin' })
      .then((r) => {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.arrayBuffer();
      })
      .then((bytes) => WebAssembly.compile(bytes))
      .then((module) => {
        if (!PL.restLoaded && !PL.destroyed) PL.instantiateRest(module, { primary: Module['asm'] });
      })
      .catch((err) => {
        PL.restFailed = true;
        console.warn('Painlink: could not fetch the rest of the widget (' + err.message + ')');
      })
      .then(() => {
        PL.rest = null;
        PL.requestFrames(100);  // a view that waited says why it cannot show
      });
  },
  instantiateRest(module, imports) {
    const instance = new WebAssembly.Instance(module, imports);
    PL.restLoaded = true;
    PL.requestFrames(100);  // a view that waited for it draws now
    return instance;
  },

  detach() {
    PL.destroyed = true;
    if (PL.onPopState) window.removeEventListener('popstate', PL.onPopState);
    clearTimeout(PL.retryTimer);
    if (PL.tab) {
      clearTimeout(PL.tab.retry);
      if (PL.tab.release) PL.tab.release();  // the next tab becomes the writer
      try {
        PL.tab.channel.close();
      } catch (err) {
        // already closed
      }
    }
    for (const l of PL.listeners) l[0].removeEventListener(l[1], l[2], l[3]);
    if (PL.sem) PL.sem.root.remove();
    PL.listeners = [];
    if (PL.resizeObserver) PL.resizeObserver.disconnect();
  },
});

// Emscripten (-sSPLIT_MODULE) calls this when a function of painlink.deferred.wasm runs before
// PL.loadRest has put it in place. It must answer synchronously, so the file comes by a synchronous
// request (allowed on the main thread, and answered by the service worker once it is cached); the
// compiled module is small enough for synchronous compilation there too.
Module['loadSplitModule'] = function (file, imports) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', PL.restUrl(), false);  // Emscripten's `file` has no build hash
  xhr.overrideMimeType('text/plain; charset=x-user-defined');  // the bytes, one per character
  xhr.send(null);
  if (xhr.status !== 200) throw new Error('Painlink: could not load ' + file + ' (' + xhr.status + ')');
  const text = xhr.responseText;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  const module = new WebAssembly.Module(bytes);
  return [PL.instantiateRest(module, imports), module];
};
