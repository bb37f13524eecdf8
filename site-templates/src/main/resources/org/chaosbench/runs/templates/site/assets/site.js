/* ChaosBench-Logic leaderboard: sorting, filtering, facets, family columns, exports of the
   current view, and the view kept in the URL fragment so that it can be shared. Plain
   JavaScript, no framework, no network: everything it needs is in the page. */
(function () {
  'use strict';

  var table = document.getElementById('board');
  if (!table) {
    return;
  }
  var tbody = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var rows = Array.prototype.slice.call(tbody.rows);
  var originalOrder = rows.slice();
  var columns = JSON.parse(table.getAttribute('data-columns'));
  var meta = JSON.parse(table.getAttribute('data-meta'));
  var integerColumns = { rank: true, n: true };
  var controls = {
    q: document.getElementById('q'),
    provider: document.getElementById('provider'),
    bias: document.getElementById('bias'),
    official: document.getElementById('official')
  };
  var familyBoxes = Array.prototype.slice.call(document.querySelectorAll('input[data-family]'));
  var status = document.getElementById('status');
  var state = { sort: '', dir: '', q: '', provider: '', bias: '', official: false, hide: [] };

  function cellValue(row, index) {
    var cell = row.cells[index];
    return cell ? cell.getAttribute('data-value') || '' : '';
  }

  function compare(type, a, b) {
    // Unknown values sort last whatever the direction, so that they never head a column.
    if (a === '' || b === '') {
      return a === b ? 0 : (a === '' ? 1 : -1);
    }
    if (type === 'number') {
      return parseFloat(a) - parseFloat(b);
    }
    return a.localeCompare(b);
  }

  function applySort() {
    var index = -1;
    headers.forEach(function (th, i) {
      var active = th.getAttribute('data-key') === state.sort;
      if (active) {
        index = i;
      }
      th.setAttribute('aria-sort', active ? (state.dir === 'desc' ? 'descending' : 'ascending') : 'none');
    });
    var ordered = originalOrder.slice();
    if (index >= 0) {
      var type = headers[index].getAttribute('data-type');
      var sign = state.dir === 'desc' ? -1 : 1;
      ordered.sort(function (a, b) {
        var va = cellValue(a, index);
        var vb = cellValue(b, index);
        if (va === '' || vb === '') {
          return compare(type, va, vb);
        }
        return sign * compare(type, va, vb) || originalOrder.indexOf(a) - originalOrder.indexOf(b);
      });
    } else {
      headers[0].setAttribute('aria-sort', 'ascending');
    }
    ordered.forEach(function (row) {
      tbody.appendChild(row);
    });
    rows = ordered;
  }

  function visible(row) {
    if (state.provider && row.getAttribute('data-provider') !== state.provider) {
      return false;
    }
    if (state.bias && row.getAttribute('data-bias') !== state.bias) {
      return false;
    }
    if (state.official && row.getAttribute('data-official') !== 'true') {
      return false;
    }
    if (state.q) {
      var text = (row.textContent + ' ' + row.getAttribute('data-provider')).toLowerCase();
      return text.indexOf(state.q.toLowerCase()) >= 0;
    }
    return true;
  }

  function applyFilter() {
    var shown = 0;
    rows.forEach(function (row) {
      var show = visible(row);
      row.classList.toggle('hidden', !show);
      if (show) {
        shown++;
      }
    });
    status.textContent = shown + ' of ' + rows.length + ' runs shown.';
  }

  function applyFamilies() {
    var cells = table.querySelectorAll('[data-family]');
    Array.prototype.forEach.call(cells, function (cell) {
      cell.classList.toggle('off', state.hide.indexOf(cell.getAttribute('data-family')) >= 0);
    });
    familyBoxes.forEach(function (box) {
      box.checked = state.hide.indexOf(box.getAttribute('data-family')) < 0;
    });
  }

  function render() {
    applySort();
    applyFilter();
    applyFamilies();
  }

  function writeHash() {
    var p = new URLSearchParams();
    if (state.sort) {
      p.set('sort', state.sort);
      p.set('dir', state.dir || 'asc');
    }
    if (state.q) {
      p.set('q', state.q);
    }
    if (state.provider) {
      p.set('provider', state.provider);
    }
    if (state.bias) {
      p.set('bias', state.bias);
    }
    if (state.official) {
      p.set('official', '1');
    }
    if (state.hide.length) {
      p.set('hide', state.hide.join(','));
    }
    var hash = p.toString();
    // replaceState keeps the view shareable without a history entry per keystroke.
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }

  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    var known = headers.map(function (th) { return th.getAttribute('data-key'); });
    state.sort = known.indexOf(p.get('sort')) >= 0 ? p.get('sort') : '';
    state.dir = p.get('dir') === 'desc' ? 'desc' : 'asc';
    state.q = p.get('q') || '';
    state.provider = p.get('provider') || '';
    state.bias = p.get('bias') || '';
    state.official = p.get('official') === '1';
    state.hide = p.get('hide') ? p.get('hide').split(',') : [];
    controls.q.value = state.q;
    controls.provider.value = state.provider;
    controls.bias.value = state.bias;
    controls.official.checked = state.official;
  }

  function update() {
    writeHash();
    render();
  }

  headers.forEach(function (th) {
    var button = th.querySelector('button');
    button.addEventListener('click', function () {
      var key = th.getAttribute('data-key');
      if (state.sort === key) {
        state.dir = state.dir === 'asc' ? 'desc' : 'asc';
      } else {
        state.sort = key;
        // Numbers read best from the top down, names from A.
        state.dir = th.getAttribute('data-type') === 'number' && key !== 'rank' ? 'desc' : 'asc';
      }
      update();
    });
  });
  controls.q.addEventListener('input', function () {
    state.q = controls.q.value;
    update();
  });
  controls.provider.addEventListener('change', function () {
    state.provider = controls.provider.value;
    update();
  });
  controls.bias.addEventListener('change', function () {
    state.bias = controls.bias.value;
    update();
  });
  controls.official.addEventListener('change', function () {
    state.official = controls.official.checked;
    update();
  });
  familyBoxes.forEach(function (box) {
    box.addEventListener('change', function () {
      var family = box.getAttribute('data-family');
      state.hide = state.hide.filter(function (f) { return f !== family; });
      if (!box.checked) {
        state.hide.push(family);
      }
      update();
    });
  });
  document.getElementById('controls').addEventListener('submit', function (e) {
    e.preventDefault();
  });
  window.addEventListener('hashchange', function () {
    readHash();
    render();
  });

  // Exports of the rows in view, with the columns and cell formats of the board downloads.
  function viewRows() {
    return rows.filter(function (row) { return !row.classList.contains('hidden'); })
      .map(function (row) { return JSON.parse(row.getAttribute('data-export')); });
  }

  function csvField(value) {
    var v = value;
    if (v.length && /^[=+@\t\r]/.test(v)) {
      v = "'" + v;
    } else if (v.charAt(0) === '-' && !/^-[0-9.]/.test(v)) {
      v = "'" + v;
    }
    return /[",\n\r]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  function csvCell(column, value) {
    if (value === null || value === undefined) {
      return '';
    }
    if (Array.isArray(value)) {
      return value.join(' | ');
    }
    if (typeof value === 'number' && !integerColumns[column]) {
      return value.toFixed(4);
    }
    return String(value);
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  document.getElementById('export-csv').addEventListener('click', function () {
    var lines = [columns.map(csvField).join(',')];
    viewRows().forEach(function (r) {
      lines.push(columns.map(function (c) { return csvField(csvCell(c, r[c])); }).join(','));
    });
    download(meta.board + '-view.csv', 'text/csv', lines.join('\n') + '\n');
  });
  document.getElementById('export-json').addEventListener('click', function () {
    var doc = {};
    Object.keys(meta).forEach(function (k) { doc[k] = meta[k]; });
    doc.rows = viewRows();
    download(meta.board + '-view.json', 'application/json', JSON.stringify(doc, null, 2) + '\n');
  });

  readHash();
  render();
}());
