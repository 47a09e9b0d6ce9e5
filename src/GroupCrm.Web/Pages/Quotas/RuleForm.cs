using System.Globalization;
using GroupCrm.Core.Quotas;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>
/// The administrator's form for a new version of a rule. Every field arrives as text and is read here, so that
/// nonsense gets a sentence next to its field; the bounds and the month rule are Core's (<see cref="QuotaRuleLimits"/>).
/// </summary>
public sealed class RuleForm
{
    public string? Rule { get; set; }
    public string? EffectiveFrom { get; set; }

    /// <summary>"true" when the checkbox is ticked; absent when it is not.</summary>
    public string? IsEnabled { get; set; }

    public string? Required { get; set; }
    public string? StoresPerOuting { get; set; }

    public static RuleForm From(QuotaRule version, DateOnly month) => new()
    {
        Rule = version.Rule.ToString(),
        EffectiveFrom = QuotaText.Iso(month),
        IsEnabled = version.IsEnabled ? "true" : null,
        Required = version.Required.ToString(CultureInfo.InvariantCulture),
        StoresPerOuting = version.StoresPerOuting?.ToString(CultureInfo.InvariantCulture),
    };

    /// <returns>The input for Core, or null with the reasons in <paramref name="errors"/> under "Input.Field".</returns>
    public QuotaRuleInput? Read(ModelStateDictionary errors, IStringLocalizer L, DateOnly currentMonth)
    {
        var ok = true;
        void Refuse(string field, string message) { errors.AddModelError($"Input.{field}", message); ok = false; }

        // Names only: Enum.TryParse would also take "7" or "1,2".
        var known = Enum.GetNames<QuotaRuleKind>().Contains(Rule?.Trim());
        var rule = known ? Enum.Parse<QuotaRuleKind>(Rule!.Trim()) : default;
        if (!known) Refuse(nameof(Rule), L[QuotaRuleLimits.UnknownRuleMessage]);
        if (!DateOnly.TryParseExact((EffectiveFrom ?? "").Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            Refuse(nameof(EffectiveFrom), L["The month must be written as year and month, for example {0}.", QuotaText.Iso(currentMonth)]);
        if (IsEnabled is not (null or "" or "true" or "false"))
            Refuse(nameof(IsEnabled), L["Tick the box to switch the rule on, or leave it empty to switch it off."]);
        if (!TryWhole(Required, out var required))
            Refuse(nameof(Required), L["Enter a whole number."]);
        int? storesPerOuting = null;
        if (known && rule == QuotaRuleKind.Outings)
        {
            if (TryWhole(StoresPerOuting, out var stores)) storesPerOuting = stores;
            else Refuse(nameof(StoresPerOuting), L[QuotaRuleLimits.StoresPerOutingMessage, 1, QuotaRuleLimits.MaxStoresPerOuting]);
        }
        return ok ? new QuotaRuleInput(rule, month, IsEnabled == "true", required, storesPerOuting) : null;
    }

    /// <summary>A whole number, written plainly; "1e3", "4.5" and "99999999999" are not.</summary>
    private static bool TryWhole(string? text, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
