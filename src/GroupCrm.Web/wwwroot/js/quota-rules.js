// The rule form: choosing a rule fills in the version in force for it (a starting point to change), and the
// stores-per-outing field shows only for the outings rule. Without script every field simply stays visible.
(function () {
    var rule = document.getElementById('Input_Rule');
    if (!rule) return;
    var required = document.getElementById('Input_Required');
    var stores = document.getElementById('Input_StoresPerOuting');
    var enabled = document.getElementById('Input_IsEnabled');
    var storesField = document.querySelector('[data-stores-field]');
    function showStores() { storesField.hidden = rule.value !== 'Outings'; }
    rule.addEventListener('change', function () {
        var chosen = rule.selectedOptions[0].dataset;
        required.value = chosen.required || '';
        stores.value = chosen.stores || '';
        enabled.checked = chosen.enabled === 'true';
        showStores();
    });
    showStores();
})();
