// The letter template editor's live preview: a moment after typing stops (or the account or month
// changes), the form is posted to the page's preview handler and the subject, the HTML frame, the text
// part and the problems are brought up to date. Without script, "Check and preview" posts the page.
(function () {
    var form = document.querySelector('form[data-template-form]');
    if (!form) return;
    var url = form.getAttribute('data-preview-url');
    var part = function (name) { return form.querySelector('[data-preview-' + name + ']'); };
    var timer = null;
    var latest = 0;

    function show(element, visible) { element.classList.toggle('d-none', !visible); }

    function render(preview) {
        var problems = part('problems');
        problems.replaceChildren();
        (preview.problems || []).forEach(function (problem) {
            var item = document.createElement('li');
            item.textContent = problem.text;
            item.setAttribute('data-part', problem.part);
            if (problem.line) item.setAttribute('data-line', problem.line);
            problems.appendChild(item);
        });
        show(part('problems-box'), problems.children.length > 0);
        part('notice').textContent = preview.notice || '';
        var hasLetter = typeof preview.subject === 'string';
        show(part('letter'), hasLetter);
        show(part('empty'), !hasLetter);
        if (!hasLetter) return;
        part('subject').textContent = preview.subject;
        part('text').textContent = preview.text;
        part('frame').setAttribute('src', preview.htmlUrl);
    }

    function refresh() {
        var asked = ++latest;
        fetch(url, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
            .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
            .then(function (preview) { if (asked === latest) render(preview); })
            .catch(function () { /* the button still checks and previews */ });
    }

    function soon() {
        window.clearTimeout(timer);
        timer = window.setTimeout(refresh, 700);
    }

    form.querySelectorAll('textarea').forEach(function (area) { area.addEventListener('input', soon); });
    form.querySelectorAll('[data-preview-input]').forEach(function (input) { input.addEventListener('change', refresh); });
})();
