<script>
// The site's only script: the index's search box and the copy buttons. Inline, so pages work offline and from file://.
(function () {
  'use strict';

  function copyWithSelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand('copy'); } catch (e) { done = false; }
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithSelection(text); });
    }
    return copyWithSelection(text);
  }

  document.querySelectorAll('button.copy').forEach(function (button) {
    button.addEventListener('click', function () {
      var text = document.getElementById(button.getAttribute('data-target')).textContent;
      copy(text).then(function () {
        button.textContent = document.body.getAttribute('data-copied');
        button.setAttribute('data-state', 'copied');
      }, function () {
        button.textContent = document.body.getAttribute('data-copy-failed');
        button.setAttribute('data-state', 'failed');
      });
    });
  });

  var search = document.getElementById('search');
  if (!search) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll('li[data-search]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.class, section.protocol'));
  var count = document.getElementById('search-count');
  var none = document.getElementById('no-matches');

  function filter() {
    var words = search.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    var shown = 0;
    items.forEach(function (item) {
      var text = item.getAttribute('data-search');
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      item.hidden = !match;
      if (match) { shown++; }
    });
    sections.forEach(function (section) {
      section.hidden = section.querySelector('li[data-search]:not([hidden])') === null;
    });
    count.textContent = search.getAttribute('data-count').replace('{shown}', shown).replace('{total}', items.length);
    none.hidden = shown > 0;
  }

  search.addEventListener('input', filter);
  // A browser may restore the box's text on back navigation.
  if (search.value) { filter(); }
})();
</script>
