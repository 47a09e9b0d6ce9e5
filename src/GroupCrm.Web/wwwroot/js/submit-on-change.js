// A filter or chooser marked data-submit-on-change sends its form as soon as it changes, so the page
// reloads with the choices that follow from it. Without script, the form's own button does the same.
document.querySelectorAll('select[data-submit-on-change]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
});
