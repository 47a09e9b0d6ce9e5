using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using static GroupCrm.Web.Tests.Visits.Appointments.AppointmentPages;

namespace GroupCrm.Web.Tests.Visits.Appointments;

/// <summary>
/// Appointments of chains a person may not visit: another manager's chain is not found (404), another
/// district's too; the marketing centre sees the calendar but books and changes nothing (403). Every POST
/// carries valid fields, so only the check can stop it, and the database shows nothing was written.
/// </summary>
public sealed class AppointmentAuthorizationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>, IAsyncLifetime
{
    private int _account, _buyer, _appointment, _westAccount, _westBuyer, _westAppointment;
    private DateOnly _day;

    public async Task InitializeAsync()
    {
        _day = Today.AddDays(3);
        (_account, _buyer, _) = await ChainOfAsync(factory, "am.east2", 0);
        (_westAccount, _westBuyer, _) = await ChainOfAsync(factory, "am.west1", 0);
        _appointment = await AppointmentAsync(factory, _account, _buyer, "am.east2", Local(_day, 10), "东区预约");
        _westAppointment = await AppointmentAsync(factory, _westAccount, _westBuyer, "am.west1", Local(_day, 11), "西区预约");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Dictionary<string, string> Reschedule(int account, int buyer) => new()
    {
        ["Input.AccountId"] = account.ToString(), ["Input.BuyerContactId"] = buyer.ToString(), ["Input.Day"] = Iso(_day.AddDays(1)),
        ["Input.Time"] = "09:00", ["Input.Purpose"] = "越权改期", ["Input.Version"] = "0",
    };

    private async Task<(int Count, string Purpose, uint Version)> SnapshotAsync(int account, int appointment)
    {
        var row = (await LoadAppointmentAsync(factory, appointment))!;
        return (await AppointmentCountAsync(factory, account), row.Purpose, row.Version);
    }

    [Fact]
    public async Task An_account_manager_cannot_book_on_or_open_another_managers_appointments()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var before = await SnapshotAsync(_account, _appointment);
        var edit = $"/Visits/Appointments/Edit/{_appointment}";

        (await am.GetAsync($"/Visits/Appointments/Book?accountId={_account}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await am.PostFormAsync("/Visits/Appointments/Book", BookFields(_account, _buyer, Iso(_day), "10:00", "越权预约"), formPage: "/"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await am.GetAsync(edit)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await am.PostFormAsync(edit, Reschedule(_account, _buyer), formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await am.PostFormAsync($"{edit}?handler=Cancel", new() { ["reason"] = "越权", ["version"] = before.Version.ToString() }, formPage: "/"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var calendar = await HtmlAsync(await am.GetAsync($"/Visits/Appointments?Start={Iso(_day)}"));

        Ids(calendar, "appointment").ShouldNotContain(_appointment);
        calendar.ShouldNotContain("东区预约");
        (await SnapshotAsync(_account, _appointment)).ShouldBe(before);
    }

    [Fact]
    public async Task A_market_manager_neither_sees_nor_changes_another_districts_appointments()
    {
        var mm = await factory.SignedInClientAsync("mm.east");
        var before = await SnapshotAsync(_westAccount, _westAppointment);
        var edit = $"/Visits/Appointments/Edit/{_westAppointment}";

        var calendar = await HtmlAsync(await mm.GetAsync($"/Visits/Appointments?Start={Iso(_day)}&Person=all"));
        (await mm.GetAsync(edit)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mm.PostFormAsync(edit, Reschedule(_westAccount, _westBuyer), formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mm.PostFormAsync($"{edit}?handler=Cancel", new() { ["reason"] = "越权", ["version"] = before.Version.ToString() }, formPage: "/"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mm.GetAsync($"/Visits/Appointments/Book?accountId={_westAccount}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var westCalendar = await HtmlAsync(await (await factory.SignedInClientAsync("mm.west")).GetAsync($"/Visits/Appointments?Start={Iso(_day)}&Person=all"));

        var ids = Ids(calendar, "appointment");
        ids.ShouldContain(_appointment);
        ids.ShouldNotContain(_westAppointment);
        Ids(westCalendar, "appointment").ShouldContain(_westAppointment);
        (await SnapshotAsync(_westAccount, _westAppointment)).ShouldBe(before);
    }

    [Fact]
    public async Task The_district_market_manager_may_open_the_edit_page_of_a_managers_appointment()
    {
        var mm = await factory.SignedInClientAsync("mm.east");

        var page = await HtmlAsync(await mm.GetAsync($"/Visits/Appointments/Edit/{_appointment}"));

        page.ShouldContain("data-testid=\"reschedule-appointment\"");
        page.ShouldContain("data-testid=\"cancel-appointment\"");
    }

    [Fact]
    public async Task The_marketing_centre_sees_the_calendar_but_cannot_book_or_change()
    {
        var approver = await factory.SignedInClientAsync("approver");
        var before = await SnapshotAsync(_account, _appointment);
        var edit = $"/Visits/Appointments/Edit/{_appointment}";

        var calendar = await HtmlAsync(await approver.GetAsync($"/Visits/Appointments?Start={Iso(_day)}"));
        (await approver.GetAsync("/Visits/Appointments/Book")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await approver.GetAsync($"/Visits/Appointments/Book?accountId={_account}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await approver.PostFormAsync("/Visits/Appointments/Book", BookFields(_account, _buyer, Iso(_day), "10:00", "越权预约"), formPage: "/"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await approver.GetAsync(edit)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await approver.PostFormAsync($"{edit}?handler=Cancel", new() { ["reason"] = "越权", ["version"] = before.Version.ToString() }, formPage: "/"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        Ids(calendar, "appointment").ShouldContain(_appointment);
        calendar.ShouldNotContain("data-testid=\"book-appointment-link\"");
        calendar.ShouldNotContain($"/Visits/Appointments/Edit/{_appointment}\"");
        (await SnapshotAsync(_account, _appointment)).ShouldBe(before);
    }
}
