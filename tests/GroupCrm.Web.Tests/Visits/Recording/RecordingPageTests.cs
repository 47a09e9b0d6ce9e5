using System.Net;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Visits;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Visits.Recording.RecordingPages;

namespace GroupCrm.Web.Tests.Visits.Recording;

/// <summary>The visit form end to end: what it offers, a full good post, bad input refused with nothing written, and what the details page shows.</summary>
public sealed class RecordingPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>, IAsyncLifetime
{
    private int _account, _store, _otherStore;
    private int[] _products = [];

    public async Task InitializeAsync()
    {
        (_account, _store, _otherStore) = await ChainOfAsync(factory, "am.east1");
        _products = await ProductsAsync(factory, 2);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static int VisitIdOf(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.ShouldStartWith("/Visits/");
        return int.Parse(location["/Visits/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_form_offers_only_the_chosen_accounts_stores_and_five_spare_product_blocks()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        await using var db = factory.CreateDbContext();
        var foreignStore = await db.Stores.Where(s => s.AccountId != _account).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();

        var chooser = await TextAsync(await am.GetAsync("/Visits/New"));
        var form = await TextAsync(await am.GetAsync($"/Visits/New?accountId={_account}&kind=Store"));

        chooser.ShouldContain("data-testid=\"visit-chooser\"");
        chooser.ShouldNotContain("data-testid=\"visit-form\"");
        form.ShouldContain("data-testid=\"visit-form\"");
        var storeChoice = form[form.IndexOf("id=\"Input_StoreId\"", StringComparison.Ordinal)..];
        storeChoice = storeChoice[..storeChoice.IndexOf("</select>", StringComparison.Ordinal)];
        storeChoice.ShouldContain($"<option value=\"{_store}\">");
        storeChoice.ShouldNotContain($"<option value=\"{foreignStore}\">");
        // Five blocks in the form, and one more in the template the script copies.
        System.Text.RegularExpressions.Regex.Matches(form, "data-testid=\"product-row\"").Count.ShouldBe(6);
        form.ShouldNotContain("data-testid=\"spot-check\"");
    }

    [Fact]
    public async Task A_full_store_visit_with_products_creates_the_rows_and_the_details_show_them()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var fields = StoreVisitFields(_account, _store, _products);

        var response = await am.PostFileAsync("/Visits/New", "Input.Photo", "店面.jpg", SampleFiles.Jpeg(), "image/jpeg", fields,
            formPage: $"/Visits/New?accountId={_account}");

        var id = VisitIdOf(response);
        await using var db = factory.CreateDbContext();
        var visit = await db.Visits.AsNoTracking().Include(v => v.ProductChecks).SingleAsync(v => v.Id == id);
        (visit.Kind, visit.AccountId, visit.StoreId, visit.VisitorId).ShouldBe((VisitKind.Store, _account, (int?)_store, await UserIdAsync(factory, "am.east1")));
        (visit.Problems, visit.NoticeHandedOver, visit.NoticeAcknowledgedBy, visit.PhotoContentType).ShouldBe(("价签缺失", true, "王店长", "image/jpeg"));
        visit.ProductChecks.OrderBy(c => c.ProductId).Select(c => (c.ProductId, c.Listed, c.SellThrough, c.ShelfPrice, c.StockOnHand)).ShouldBe(
        [
            (_products[0], true, 12, 45.50m, 30),
            (_products[1], false, null, null, 0),
        ]);

        var details = await TextAsync(await am.GetAsync($"/Visits/{id}"));
        details.ShouldContain("data-testid=\"product-checks\"");
        details.ShouldContain("45.50");
        details.ShouldContain($"src=\"/Visits/{id}/Photo\"");
        details.ShouldContain("王店长");
        (await am.GetAsync($"/Visits/{id}/Photo")).Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
    }

    [Fact]
    public async Task Hostile_text_is_shown_escaped()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var fields = StoreVisitFields(_account, _store, _products, feedback: "<script>alert('x')</script><img src=x onerror=alert(1)>");

        var id = VisitIdOf(await am.PostFormAsync("/Visits/New", fields, formPage: $"/Visits/New?accountId={_account}"));

        var details = await TextAsync(await am.GetAsync($"/Visits/{id}"));
        details.ShouldNotContain("<script>alert");
        details.ShouldNotContain("<img src=x");
        details.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
    }

    [Theory]
    [InlineData("future")]
    [InlineData("negative-stock")]
    [InlineData("foreign-store")]
    [InlineData("not-an-image")]
    public async Task Bad_input_gets_a_clear_message_on_the_form_and_writes_nothing(string bad)
    {
        var am = await factory.SignedInClientAsync("am.east1");
        await using var db = factory.CreateDbContext();
        var fields = StoreVisitFields(_account, _store, _products);
        var (message, photo) = bad switch
        {
            "future" => ("The visit cannot be in the future.", null),
            "negative-stock" => ("The stock on hand must be a whole number from 0 to 1,000,000.", null),
            "foreign-store" => ("This store does not belong to the chosen account.", null),
            _ => ("Only JPEG and PNG photos are accepted; this file is neither (its name says nothing about its content).", SampleFiles.Pdf()),
        };
        if (bad == "future") fields["Input.Date"] = Iso(DateOnly.FromDateTime(LocalNow().DateTime).AddDays(1));
        if (bad == "negative-stock") fields["Input.Products[2].StockOnHand"] = "-3";
        if (bad == "foreign-store") fields["Input.StoreId"] = Text(await db.Stores.Where(s => s.AccountId != _account).Select(s => s.Id).FirstAsync());
        var before = await VisitCountAsync(factory);
        var formPage = $"/Visits/New?accountId={_account}";

        var response = photo is null
            ? await am.PostFormAsync("/Visits/New", fields, formPage)
            : await am.PostFileAsync("/Visits/New", "Input.Photo", "photo.jpg", photo, "image/jpeg", fields, formPage);

        var html = await TextAsync(response);
        html.ShouldContain(System.Net.WebUtility.HtmlEncode(message).Replace("&#39;", "&#x27;"));
        html.ShouldContain("data-testid=\"visit-form\"");
        (await VisitCountAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task A_photo_far_over_the_limit_is_sent_back_to_the_form_with_the_size_message_unread()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var fields = StoreVisitFields(_account, _store, _products);
        var before = await VisitCountAsync(factory);
        var url = $"/Visits/New?kind=Store&accountId={_account}";

        var response = await am.PostFileAsync(url, "Input.Photo", "huge.jpg", new byte[GroupCrm.Web.Pages.Visits.NewModel.RequestBytes + 1], "image/jpeg", fields, url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(url);
        (await am.GetStringAsync(response.Headers.Location)).ShouldContain("The photo is larger than 5 MB.");
        (await VisitCountAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task An_hq_visit_keeps_its_appointment_and_saves_its_follow_ups()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var now = LocalNow();
        await using var db = factory.CreateDbContext();
        var manager = await UserIdAsync(factory, "am.east1");
        var appointment = new HqAppointment
        {
            AccountId = _account, StartsAt = now.AddMinutes(-1).ToUniversalTime(), Purpose = "月度沟通", BookedById = manager,
            BookedAt = now.AddDays(-2).ToUniversalTime(), ScheduledAt = now.AddDays(-2).ToUniversalTime(), State = AppointmentState.Booked,
        };
        db.HqAppointments.Add(appointment);
        await db.SaveChangesAsync();

        var form = await TextAsync(await am.GetAsync($"/Visits/New?appointmentId={appointment.Id}"));
        form.ShouldMatch($"<option (selected=\"selected\" value=\"{appointment.Id}\"|value=\"{appointment.Id}\" selected=\"selected\")>");
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "Hq", ["Input.AccountId"] = Text(_account), ["Input.AppointmentId"] = Text(appointment.Id),
            ["Input.Date"] = now.ToString("yyyy-MM-dd"), ["Input.Time"] = now.ToString("HH:mm"),
            ["Input.Topics"] = "新品上市", ["Input.Requests"] = "希望增加配额",
            ["Input.FollowUps[0].Text"] = "寄送样品", ["Input.FollowUps[0].DueOn"] = Iso(DateOnly.FromDateTime(now.DateTime).AddDays(5)),
            ["Input.FollowUps[0].OwnerId"] = Text(manager),
            ["Input.FollowUps[1].Text"] = "", ["Input.FollowUps[1].DueOn"] = "", ["Input.FollowUps[1].OwnerId"] = Text(manager),
        };

        var id = VisitIdOf(await am.PostFormAsync("/Visits/New", fields, $"/Visits/New?appointmentId={appointment.Id}"));

        await using var check = factory.CreateDbContext();
        var visit = await check.Visits.AsNoTracking().Include(v => v.FollowUps).SingleAsync(v => v.Id == id);
        (visit.Kind, visit.AppointmentId, visit.Topics).ShouldBe((VisitKind.Hq, (int?)appointment.Id, "新品上市"));
        visit.FollowUps.ShouldHaveSingleItem().Text.ShouldBe("寄送样品");
        var details = await TextAsync(await am.GetAsync($"/Visits/{id}"));
        details.ShouldContain("寄送样品");
        details.ShouldContain("月度沟通");
    }

    [Fact]
    public async Task The_market_manager_is_offered_a_spot_check_and_sees_the_differences_labelled_in_words()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var mm = await factory.SignedInClientAsync("mm.east");
        var checkedVisit = VisitIdOf(await am.PostFormAsync("/Visits/New", StoreVisitFields(_account, _otherStore, _products), $"/Visits/New?accountId={_account}"));

        var form = await TextAsync(await mm.GetAsync($"/Visits/New?accountId={_account}&storeId={_otherStore}"));
        form.ShouldContain("data-testid=\"spot-check\"");
        var fields = StoreVisitFields(_account, _otherStore, _products);
        fields["Input.Products[0].ShelfPrice"] = "48";
        fields["Input.SpotCheck"] = "true";
        var id = VisitIdOf(await mm.PostFormAsync("/Visits/New", fields, $"/Visits/New?accountId={_account}"));

        var details = await TextAsync(await mm.GetAsync($"/Visits/{id}"));
        details.ShouldContain("data-testid=\"spot-check-table\"");
        details.ShouldContain("data-outcome=\"Differs\"");
        details.ShouldContain(">differs<");
        details.ShouldContain(">matches<");
        // Product 1: listing and stock match, the price differs; product 2: listing and stock match, no price on either side.
        details.ShouldContain("4 of 5 fields matched");
        details.ShouldContain($"href=\"/Visits/{checkedVisit}\"");
        var original = await TextAsync(await am.GetAsync($"/Visits/{checkedVisit}"));
        original.ShouldContain("data-testid=\"checked-by\"");
        original.ShouldContain($"href=\"/Visits/{id}\"");

        var integrity = await TextAsync(await am.GetAsync("/Visits/Integrity"));
        integrity.Split("data-testid=\"integrity-row\"").Length.ShouldBe(2);
        integrity.ShouldContain($"data-user=\"{await UserIdAsync(factory, "am.east1")}\"");
        var list = await TextAsync(await mm.GetAsync($"/Visits/Integrity?userId={await UserIdAsync(factory, "am.east1")}"));
        list.ShouldContain("data-testid=\"spot-check-list\"");
        list.ShouldContain($"href=\"/Visits/{id}\"");
    }
}
