// The upload status page, kept current: polls the status as JSON and writes it into the page as text (never as
// markup: file names and messages come from the upload). The page works without this through its refresh link.
(function () {
  var box = document.getElementById('upload');
  if (!box || box.dataset.finished === 'true') return;
  var shown = '';
  function show(s) {
    if (s.finished) { location.reload(); return; }
    document.getElementById('progress').textContent = s.progress;
    var bar = document.getElementById('bar');
    bar.max = Math.max(1, s.total);
    bar.value = s.read;
    var lines = s.errors.concat(s.warnings);
    if (lines.join('\n') !== shown) {
      shown = lines.join('\n');
      var list = document.getElementById('problems');
      list.replaceChildren();
      s.errors.forEach(function (t) { add(list, t, 'error'); });
      s.warnings.forEach(function (t) { add(list, t, 'warning'); });
      var none = document.getElementById('no-problems');
      if (none && lines.length) none.remove();
    }
    setTimeout(tick, 1000);
  }
  function add(list, text, kind) {
    var li = document.createElement('li');
    li.className = kind;
    li.textContent = text;
    list.appendChild(li);
  }
  function tick() {
    fetch(box.dataset.status, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(show, function () { setTimeout(tick, 3000); });
  }
  setTimeout(tick, 1000);
})();
