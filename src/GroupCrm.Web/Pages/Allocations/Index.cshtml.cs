using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Allocations;

/// <summary>
/// The rounds the user sees (a market manager their district's, an account manager those with a line for one of
/// their accounts, MarketingCenter and administrators all), filtered by month and state. A filter that cannot be
/// read is named in a notice and left out; the list still shows.
/// </summary>
public sealed class IndexModel(RoundQueries queries, OrganisationCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }

    public IReadOnlyList<RoundSummary> Rounds { get; private set; } = [];
    public List<string> Notices { get; } = [];
    public bool CanCreate { get; private set; }
    public TimeZoneInfo TimeZone => calendar.TimeZone;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        CanCreate = viewer.CanRunRounds();
        DateOnly? month = null;
        if (!string.IsNullOrWhiteSpace(Month))
        {
            if (Products.MonthText.Parse(Month) is { } parsed) month = parsed;
            else Notices.Add("The month must look like 2026-03: showing all months.");
        }
        RoundState? state = null;
        if (!string.IsNullOrWhiteSpace(State))
        {
            if (Enum.TryParse<RoundState>(State.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s)) state = s;
            else Notices.Add("Unknown state: showing rounds in every state.");
        }
        Rounds = await queries.ListAsync(viewer, month, state, ct);
    }

    /// <summary>The state chosen in the filter, as the select compares it.</summary>
    public bool IsChosen(RoundState state) => string.Equals(State?.Trim(), state.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <summary>What the list is, in the user's terms.</summary>
    public string Scope => User.ToViewer().Role switch
    {
        Roles.MarketManager => "Rounds of your district.",
        Roles.AccountManager => "Rounds that allocate stock to your accounts. You see your own accounts' lines only.",
        _ => "Rounds of every district.",
    };
}
