// Says at once that a chosen file is over the limit, instead of sending 10 MB and more first.
// The server checks again; this only saves the wait.
document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
        var max = Number(input.dataset.maxBytes);
        var tooLarge = Array.prototype.some.call(input.files, function (file) { return file.size > max; });
        input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
        input.reportValidity();
    });
});
