using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Visits;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Visits.Appointments;

/// <summary>
/// What the appointment and visit list page tests share: demo lookups, rows written straight into the
/// database (so the tests do not depend on whatever visits the demo data holds), and reading pages.
/// </summary>
internal static partial class AppointmentPages
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The instant of a local day and time in Shanghai.</summary>
    public static DateTimeOffset Local(DateOnly day, int hour, int minute = 0) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8)).ToUniversalTime();

    public static async Task<int> UserIdAsync(CrmWebFactory factory, string userName)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The <paramref name="index"/>-th active chain (by id) of a demo account manager, with one of its buyers and active stores.</summary>
    public static async Task<(int Account, int Buyer, int Store)> ChainOfAsync(CrmWebFactory factory, string manager, int index = 0)
    {
        var managerId = await UserIdAsync(factory, manager);
        await using var db = factory.CreateDbContext();
        var account = await db.Accounts.Where(a => a.AccountManagerId == managerId && a.State == AccountState.Active)
            .Where(a => a.BuyerContacts.Any() && a.Stores.Any(s => s.IsActive))
            .OrderBy(a => a.Id).Skip(index).Select(a => a.Id).FirstAsync();
        var buyer = await db.BuyerContacts.Where(c => c.AccountId == account).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var store = await db.Stores.Where(s => s.AccountId == account && s.IsActive).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        return (account, buyer, store);
    }

    public static async Task<int> AppointmentAsync(CrmWebFactory factory, int account, int buyer, string bookedBy, DateTimeOffset startsAt,
        string purpose = "季度回顾")
    {
        var booker = await UserIdAsync(factory, bookedBy);
        await using var db = factory.CreateDbContext();
        var at = DateTimeOffset.UtcNow.AddDays(-3);
        var appointment = new HqAppointment
        {
            AccountId = account, BuyerContactId = buyer, StartsAt = startsAt, Purpose = purpose, BookedById = booker,
            BookedAt = at, ScheduledAt = at, State = AppointmentState.Booked,
        };
        db.HqAppointments.Add(appointment);
        await db.SaveChangesAsync();
        return appointment.Id;
    }

    /// <summary>A visit written directly: a store visit when a store is given, else an HQ visit.</summary>
    public static async Task<int> VisitAsync(CrmWebFactory factory, int account, string visitor, DateTimeOffset visitedAt, int? store = null,
        int? appointment = null, string? spotCheckOf = null, bool complianceConcern = false)
    {
        var visitorId = await UserIdAsync(factory, visitor);
        int? checkedId = spotCheckOf is null ? null : await UserIdAsync(factory, spotCheckOf);
        await using var db = factory.CreateDbContext();
        var visit = new Visit
        {
            Kind = store is null ? VisitKind.Hq : VisitKind.Store, AccountId = account, StoreId = store, VisitorId = visitorId, VisitedAt = visitedAt,
            VisitedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(visitedAt, Shanghai).DateTime), AppointmentId = appointment,
            SpotCheckOfUserId = checkedId, ComplianceConcern = complianceConcern, RecordedAt = visitedAt,
        };
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        return visit.Id;
    }

    public static async Task<int> FollowUpAsync(CrmWebFactory factory, int visit, int account, string owner, DateOnly dueOn, string text)
    {
        var ownerId = await UserIdAsync(factory, owner);
        await using var db = factory.CreateDbContext();
        var followUp = new FollowUp { VisitId = visit, AccountId = account, OwnerId = ownerId, DueOn = dueOn, Text = text };
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync();
        return followUp.Id;
    }

    public static async Task<HqAppointment?> LoadAppointmentAsync(CrmWebFactory factory, int id)
    {
        await using var db = factory.CreateDbContext();
        return await db.HqAppointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
    }

    public static async Task<int> AppointmentCountAsync(CrmWebFactory factory, int account)
    {
        await using var db = factory.CreateDbContext();
        return await db.HqAppointments.CountAsync(a => a.AccountId == account);
    }

    public static Dictionary<string, string> BookFields(int account, int? buyer, string day, string time, string purpose) => new()
    {
        ["Input.AccountId"] = account.ToString(CultureInfo.InvariantCulture),
        ["Input.BuyerContactId"] = buyer?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["Input.Day"] = day, ["Input.Time"] = time, ["Input.Purpose"] = purpose,
    };

    public static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The page's text with entities decoded, for messages that contain apostrophes and the like.</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await HtmlAsync(response));

    public static string FormVersion(string html) => VersionInput().Match(html).Groups[1].Value;

    /// <summary>The ids of the rows marked data-{attribute}="…" on a page.</summary>
    public static List<int> Ids(string html, string attribute) =>
        [.. Regex.Matches(html, $"data-{attribute}=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionInput();
}
