using System.Net;
using GroupCrm.Core.Visits;
using GroupCrm.Web.Tests.Infrastructure;
using static GroupCrm.Web.Tests.Visits.Appointments.AppointmentPages;

namespace GroupCrm.Web.Tests.Visits.Appointments;

/// <summary>Booking, rescheduling and cancelling through the pages: what is written, what is refused and said, and what the calendar shows.</summary>
public sealed class AppointmentPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_manager_books_on_their_own_chain_and_the_calendar_shows_it_with_the_purpose_escaped()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var (account, buyer, _) = await ChainOfAsync(factory, "am.east1", 0);
        var day = Today.AddDays(3);

        var form = await HtmlAsync(await am.GetAsync($"/Visits/Appointments/Book?accountId={account}"));
        var response = await am.PostFormAsync("/Visits/Appointments/Book",
            BookFields(account, buyer, Iso(day), "14:30", "<script>alert(1)</script> 新品推介"), formPage: $"/Visits/Appointments/Book?accountId={account}");

        form.ShouldContain($"<option value=\"{buyer}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/Visits/Appointments?start={Iso(day)}");
        await using var db = factory.CreateDbContext();
        var saved = db.HqAppointments.Single(a => a.AccountId == account && a.Purpose.StartsWith("<script>"));
        saved.StartsAt.ShouldBe(Local(day, 14, 30));
        (saved.BuyerContactId, saved.State).ShouldBe((buyer, AppointmentState.Booked));
        var calendar = await HtmlAsync(await am.GetAsync(response.Headers.Location));
        Ids(calendar, "appointment").ShouldContain(saved.Id);
        calendar.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; 新品推介");
        calendar.ShouldNotContain("<script>alert(1)</script>");
        calendar.ShouldContain("data-testid=\"status\"");
        calendar.ShouldContain($"/Visits/Prep?accountId={account}");
    }

    [Fact]
    public async Task Bad_booking_input_is_explained_on_the_form_and_nothing_is_written()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var (account, buyer, _) = await ChainOfAsync(factory, "am.east1", 1);
        var (_, strangersBuyer, _) = await ChainOfAsync(factory, "am.east2", 0);
        var page = $"/Visits/Appointments/Book?accountId={account}";
        var day = Iso(Today.AddDays(2));
        var before = await AppointmentCountAsync(factory, account);
        async Task<string> PostAsync(Dictionary<string, string> fields) =>
            await TextAsync(await am.PostFormAsync("/Visits/Appointments/Book", fields, formPage: page));

        var badDay = await PostAsync(BookFields(account, buyer, "abc", "10:00", "回顾"));
        var badTime = await PostAsync(BookFields(account, buyer, day, "25:99", "回顾"));
        var tooLong = await PostAsync(BookFields(account, buyer, day, "10:00", new string('目', 501)));
        var empty = await PostAsync(BookFields(account, null, day, "10:00", "   "));
        var stranger = await PostAsync(BookFields(account, strangersBuyer, day, "10:00", "回顾"));
        var farAhead = await PostAsync(BookFields(account, buyer, Iso(Today.AddYears(2)), "10:00", "回顾"));
        var past = await PostAsync(BookFields(account, buyer, Iso(Today.AddDays(-5)), "10:00", "回顾"));

        badDay.ShouldContain("Enter the day as YYYY-MM-DD.");
        badTime.ShouldContain("Enter the time as HH:MM.");
        tooLong.ShouldContain("The purpose can be at most 500 characters.");
        empty.ShouldContain("Choose the buyer to meet.");
        empty.ShouldContain("Enter the purpose of the appointment.");
        stranger.ShouldContain("This buyer is not a contact of the chosen account.");
        farAhead.ShouldContain("Appointments can be booked at most a year ahead.");
        past.ShouldContain("An appointment cannot start more than a day in the past.");
        (await AppointmentCountAsync(factory, account)).ShouldBe(before);
    }

    [Fact]
    public async Task The_edit_page_reschedules_and_cancels_and_a_cancel_needs_a_reason()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var (account, buyer, _) = await ChainOfAsync(factory, "am.east1", 2);
        var id = await AppointmentAsync(factory, account, buyer, "am.east1", Local(Today.AddDays(4), 9));
        var before = (await LoadAppointmentAsync(factory, id))!;
        var url = $"/Visits/Appointments/Edit/{id}";
        var newDay = Today.AddDays(6);

        var version = FormVersion(await HtmlAsync(await am.GetAsync(url)));
        var moved = await am.PostFormAsync(url, new()
        {
            ["Input.AccountId"] = account.ToString(), ["Input.BuyerContactId"] = buyer.ToString(), ["Input.Day"] = Iso(newDay),
            ["Input.Time"] = "16:00", ["Input.Purpose"] = "改到下周", ["Input.Version"] = version,
        });
        var after = (await LoadAppointmentAsync(factory, id))!;
        var noReason = await TextAsync(await am.PostFormAsync($"{url}?handler=Cancel", new() { ["reason"] = " ", ["version"] = after.Version.ToString() }, formPage: url));
        var cancelled = await am.PostFormAsync($"{url}?handler=Cancel", new() { ["reason"] = "采购经理出差", ["version"] = after.Version.ToString() }, formPage: url);

        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (after.StartsAt, after.Purpose).ShouldBe((Local(newDay, 16), "改到下周"));
        after.ScheduledAt.ShouldBeGreaterThan(before.ScheduledAt);
        noReason.ShouldContain("Give the reason for cancelling.");
        cancelled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var final = (await LoadAppointmentAsync(factory, id))!;
        (final.State, final.CancelReason).ShouldBe((AppointmentState.Cancelled, "采购经理出差"));
        var page = await HtmlAsync(await am.GetAsync(url));
        page.ShouldContain("data-testid=\"appointment-cancelled\"");
        page.ShouldNotContain("data-testid=\"reschedule-appointment\"");
    }

    [Fact]
    public async Task A_stale_form_is_told_the_record_changed_and_the_first_change_stands()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var mm = await factory.SignedInClientAsync("mm.east");
        var (account, buyer, _) = await ChainOfAsync(factory, "am.east1", 3);
        var id = await AppointmentAsync(factory, account, buyer, "am.east1", Local(Today.AddDays(4), 9));
        var url = $"/Visits/Appointments/Edit/{id}";
        var version = FormVersion(await HtmlAsync(await am.GetAsync(url)));

        var first = await mm.PostFormAsync($"{url}?handler=Cancel", new() { ["reason"] = "市场经理取消", ["version"] = version }, formPage: url);
        var second = await am.PostFormAsync(url, new()
        {
            ["Input.AccountId"] = account.ToString(), ["Input.BuyerContactId"] = buyer.ToString(), ["Input.Day"] = Iso(Today.AddDays(5)),
            ["Input.Time"] = "10:00", ["Input.Purpose"] = "客户经理改期", ["Input.Version"] = version,
        });

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(second)).ShouldContain("This appointment was cancelled: it can no longer be changed.");
        (await LoadAppointmentAsync(factory, id))!.CancelReason.ShouldBe("市场经理取消");
    }

    [Fact]
    public async Task Two_reschedules_from_one_version_the_second_is_told_the_record_changed()
    {
        var am = await factory.SignedInClientAsync("am.east2");
        var mm = await factory.SignedInClientAsync("mm.east");
        var (account, buyer, _) = await ChainOfAsync(factory, "am.east2", 0);
        var id = await AppointmentAsync(factory, account, buyer, "am.east2", Local(Today.AddDays(4), 9));
        var url = $"/Visits/Appointments/Edit/{id}";
        var version = FormVersion(await HtmlAsync(await am.GetAsync(url)));
        Dictionary<string, string> Fields(string purpose) => new()
        {
            ["Input.AccountId"] = account.ToString(), ["Input.BuyerContactId"] = buyer.ToString(), ["Input.Day"] = Iso(Today.AddDays(5)),
            ["Input.Time"] = "10:00", ["Input.Purpose"] = purpose, ["Input.Version"] = version,
        };

        (await mm.PostFormAsync(url, Fields("市场经理先改"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = await TextAsync(await am.PostFormAsync(url, Fields("客户经理后改")));

        second.ShouldContain("Someone else changed this record in the meantime. Reload the page and try again.");
        (await LoadAppointmentAsync(factory, id))!.Purpose.ShouldBe("市场经理先改");
    }

    [Fact]
    public async Task A_kept_appointment_shows_its_visit_and_offers_no_changes()
    {
        var am = await factory.SignedInClientAsync("am.east2");
        var (account, buyer, _) = await ChainOfAsync(factory, "am.east2", 1);
        var id = await AppointmentAsync(factory, account, buyer, "am.east2", Local(Today.AddDays(-1), 9));
        var visit = await VisitAsync(factory, account, "am.east2", Local(Today.AddDays(-1), 9, 30), appointment: id);
        var before = (await LoadAppointmentAsync(factory, id))!;
        var url = $"/Visits/Appointments/Edit/{id}";

        var page = await HtmlAsync(await am.GetAsync(url));
        var refused = await TextAsync(await am.PostFormAsync($"{url}?handler=Cancel", new() { ["reason"] = "取消", ["version"] = before.Version.ToString() }, formPage: "/"));
        var calendar = await HtmlAsync(await am.GetAsync($"/Visits/Appointments?Start={Iso(Today.AddDays(-1))}"));

        page.ShouldContain("data-testid=\"appointment-kept\"");
        page.ShouldContain($"/Visits/{visit}\"");
        page.ShouldNotContain("data-testid=\"cancel-appointment\"");
        refused.ShouldContain("A visit kept this appointment: it can no longer be rescheduled or cancelled.");
        (await LoadAppointmentAsync(factory, id))!.State.ShouldBe(AppointmentState.Booked);
        calendar.ShouldContain($"/Visits/{visit}\"");
        calendar.ShouldNotContain($"/Visits/New?appointmentId={id}\"");
    }

    [Fact]
    public async Task A_past_appointment_without_a_visit_offers_to_record_it()
    {
        var am = await factory.SignedInClientAsync("am.east3");
        var (account, buyer, _) = await ChainOfAsync(factory, "am.east3", 0);
        var today = await AppointmentAsync(factory, account, buyer, "am.east3", Local(Today, 0, 5));
        var ahead = await AppointmentAsync(factory, account, buyer, "am.east3", Local(Today.AddDays(1), 10));

        var calendar = await HtmlAsync(await am.GetAsync($"/Visits/Appointments?Range=month&Start={Iso(Today)}"));
        var nextMonth = Today.AddDays(1).Month != Today.Month;

        calendar.ShouldContain($"/Visits/New?appointmentId={today}\"");
        calendar.ShouldNotContain($"/Visits/New?appointmentId={ahead}\"");
        if (!nextMonth) Ids(calendar, "appointment").ShouldContain(ahead);
        calendar.ShouldContain("data-testid=\"calendar-overview\"");
    }

    [Fact]
    public async Task Hostile_calendar_query_strings_still_render_with_a_notice_and_nothing_unescaped()
    {
        var mm = await factory.SignedInClientAsync("mm.east");

        var page = await HtmlAsync(await mm.GetAsync("/Visits/Appointments?Range=Foo&Start=abc&Person=%3Cscript%3Ealert(1)%3C/script%3E"));
        var empty = await HtmlAsync(await mm.GetAsync("/Visits/Appointments?Start=2001-01-01"));

        page.ShouldContain("Unknown range: showing a week.");
        page.ShouldContain("The start must be a day like 2026-03-16: showing this week.");
        page.ShouldContain("Unknown person: showing the default calendar.");
        page.ShouldNotContain("<script>alert(1)</script>");
        empty.ShouldContain("No appointments in this period.");
    }
}
