// Sales import page: ask before a rollback, and say that a large upload is under way.
document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
        if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
});
document.querySelectorAll('form[data-busy]').forEach(function (form) {
    form.addEventListener('submit', function () {
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        button.textContent = form.dataset.busy;
    });
});
