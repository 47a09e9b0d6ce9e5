using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>
/// The quota rules: those in force this month, and every version with the month it took effect. The administrator
/// saves a new version from the current month or a later one; a month already judged keeps its rules.
/// </summary>
public sealed class RulesModel(
    CrmDbContext db, QuotaMonths months, QuotaRuleBook book, OrganisationCalendar calendar, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty] public RuleForm Input { get; set; } = new();

    public DateOnly CurrentMonth { get; private set; }
    public IReadOnlyList<QuotaRule> InForce { get; private set; } = [];
    public IReadOnlyList<QuotaRule> History { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Editors { get; private set; } = new Dictionary<int, string>();
    public bool CanEdit => User.IsInRole(Roles.Administrator);
    public TimeZoneInfo Zone => calendar.TimeZone;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var outings = InForce.FirstOrDefault(r => r.Rule == QuotaRuleKind.Outings);
        Input = outings is null ? new RuleForm { EffectiveFrom = QuotaText.Iso(CurrentMonth.AddMonths(1)) } : RuleForm.From(outings, CurrentMonth.AddMonths(1));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        if (viewer.Role != Roles.Administrator) return Forbid();
        await LoadAsync(ct);
        if (Input.Read(ModelState, L, CurrentMonth) is not { } input) return Page();
        var result = await book.SaveAsync(viewer, input, ct);
        if (result.Forbidden) return Forbid();
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{nameof(Input)}.{error.Field}", L[error.Message, error.Arguments]);
            return Page();
        }
        TempData["Status"] = L["Saved: {0} from {1}, {2}.", QuotaText.Rule(L, input.Rule), QuotaText.Month(input.EffectiveFrom),
            QuotaText.Demand(L, new QuotaRule { Rule = input.Rule, IsEnabled = input.IsEnabled, Required = input.Required, StoresPerOuting = input.StoresPerOuting })].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CurrentMonth = (await months.RangeAsync(ct)).Current;
        // In the order of the matrix's columns, each rule's newest version first.
        History = [.. (await book.HistoryAsync(ct)).OrderBy(r => QuotaText.Rules.ToList().IndexOf(r.Rule)).ThenByDescending(r => r.EffectiveFrom)];
        InForce = QuotaRuleBook.InForce(History, CurrentMonth);
        var editors = History.Where(r => r.ChangedById is not null).Select(r => r.ChangedById!.Value).Distinct().ToList();
        Editors = await db.Users.AsNoTracking().Where(u => editors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    /// <summary>Who saved a version: a person, or the shipped defaults.</summary>
    public string ChangedBy(QuotaRule version) =>
        version.ChangedById is { } id ? Editors.GetValueOrDefault(id, "") : L["Shipped default"];
}
