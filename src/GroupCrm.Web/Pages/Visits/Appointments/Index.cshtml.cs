using System.Globalization;
using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits.Appointments;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Pages.Visits.Lists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Visits.Appointments;

/// <summary>
/// The appointment calendar: a week (Monday to Sunday) or a month around a day, as an overview of
/// days and a list grouped by day. A market manager starts on their own appointments and may look at
/// one person's of the district or all of them; administrators and the marketing centre see anyone's.
/// </summary>
public sealed class IndexModel(CrmDbContext db, AppointmentCalendar appointments, OrganisationCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Range { get; set; }
    [BindProperty(SupportsGet = true)] public string? Start { get; set; }
    [BindProperty(SupportsGet = true)] public string? Person { get; set; }

    public bool IsMonth { get; private set; }
    public DateOnly Today { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public DateOnly Previous { get; private set; }
    public DateOnly Next { get; private set; }
    public string PersonValue { get; private set; } = "";
    public IReadOnlyList<AppointmentDay> Days { get; private set; } = [];
    public IReadOnlyList<Choice> People { get; private set; } = [];
    public List<string> Notices { get; } = [];

    public bool CanBook => User.ToViewer().Role is Roles.AccountManager or Roles.MarketManager or Roles.Administrator;

    /// <summary>Account managers see what is booked on their accounts; there is nobody to choose between.</summary>
    public bool ShowPeople => User.ToViewer().Role != Roles.AccountManager;

    public int Count => Days.Sum(d => d.Entries.Count);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        Today = calendar.Today;
        var range = (Range ?? "").Trim();
        IsMonth = range.Equals("month", StringComparison.OrdinalIgnoreCase);
        if (range.Length > 0 && !IsMonth && !range.Equals("week", StringComparison.OrdinalIgnoreCase))
            Notices.Add("Unknown range: showing a week.");
        var anchor = Today;
        if (!string.IsNullOrWhiteSpace(Start))
        {
            if (VisitText.TryParseDay(Start, out var day)) anchor = day;
            else Notices.Add("The start must be a day like 2026-03-16: showing this week.");
        }
        if (IsMonth)
        {
            From = new DateOnly(anchor.Year, anchor.Month, 1);
            (To, Previous, Next) = (From.AddMonths(1).AddDays(-1), From.AddMonths(-1), From.AddMonths(1));
        }
        else
        {
            From = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7));
            (To, Previous, Next) = (From.AddDays(6), From.AddDays(-7), From.AddDays(7));
        }

        if (ShowPeople) People = await AppointmentChoices.PeopleAsync(db, viewer, ct);
        Days = await appointments.QueryAsync(viewer, new CalendarQuery(From, To, ReadPerson(viewer)), ct);
    }

    private int? ReadPerson(Viewer viewer)
    {
        var person = (Person ?? "").Trim();
        if (!ShowPeople) return null;
        if (person.Equals("all", StringComparison.OrdinalIgnoreCase)) { PersonValue = "all"; return null; }
        if (int.TryParse(person, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && People.Any(p => p.Id == id))
        {
            PersonValue = person;
            return id;
        }
        if (person.Length > 0) Notices.Add("Unknown person: showing the default calendar.");
        // A market manager plans their own HQ visits first; the others oversee everyone.
        if (viewer.Role == Roles.MarketManager)
        {
            PersonValue = viewer.UserId.ToString(CultureInfo.InvariantCulture);
            return viewer.UserId;
        }
        PersonValue = "all";
        return null;
    }

    public AppointmentDay? DayOf(DateOnly day) => Days.FirstOrDefault(d => d.Day == day);

    public Dictionary<string, string> RouteFor(DateOnly start, bool month) => new()
    {
        [nameof(Range)] = month ? "month" : "week",
        [nameof(Start)] = VisitText.Day(start),
        [nameof(Person)] = PersonValue,
    };
}
