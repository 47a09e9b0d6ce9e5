// A notice's print button: hidden without script (the browser's own Print still works), shown and wired with it.
document.querySelectorAll('button[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
});
