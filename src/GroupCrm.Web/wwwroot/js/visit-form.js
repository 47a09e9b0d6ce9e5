// The visit form. The chooser (kind and account) reloads the page as soon as it changes. Product and
// follow-up blocks can be added and removed; without script the page offers spare blocks instead, and a
// removed block is only emptied and hidden, so the posted rows stay numbered 0, 1, 2… and an empty one is ignored.
(function () {
    var chooser = document.querySelector('form[data-chooser]');
    if (chooser) {
        chooser.querySelectorAll('select, input[type=radio]').forEach(function (input) {
            input.addEventListener('change', function () { chooser.submit(); });
        });
    }

    function clear(row) {
        row.querySelectorAll('input, textarea').forEach(function (input) {
            if (input.type === 'radio' || input.type === 'checkbox') input.checked = false; else input.value = '';
        });
        row.querySelectorAll('select[name$=".ProductId"]').forEach(function (select) { select.value = ''; });
        row.classList.add('d-none');
    }

    document.querySelectorAll('[data-remove-row]').forEach(function (button) { button.classList.remove('d-none'); });
    document.addEventListener('click', function (event) {
        var remove = event.target.closest('[data-remove-row]');
        if (remove) clear(remove.closest('[data-row]'));
    });

    document.querySelectorAll('[data-add-row]').forEach(function (button) {
        var list = button.dataset.addRow;
        var rows = document.querySelector('[data-rows="' + list + '"]');
        var template = document.querySelector('template[data-row-template="' + list + '"]');
        if (!rows || !template) return;
        button.classList.remove('d-none');
        button.addEventListener('click', function () {
            var index = String(rows.querySelectorAll('[data-row]').length);
            var holder = document.createElement('div');
            holder.innerHTML = template.innerHTML.split('__i__').join(index);
            var row = holder.firstElementChild;
            row.querySelectorAll('[data-remove-row]').forEach(function (b) { b.classList.remove('d-none'); });
            rows.appendChild(row);
            var first = row.querySelector('select, textarea, input');
            if (first) first.focus();
        });
    });
})();
