using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using static GroupCrm.Web.Tests.Visits.Recording.RecordingPages;

namespace GroupCrm.Web.Tests.Visits.Recording;

/// <summary>
/// Recording and reading visits of chains a person may not visit: another manager's chain and another
/// district's are not found (404); the marketing centre records nothing (403). Every POST carries valid
/// fields, so only the check can stop it, and the database shows nothing was written.
/// </summary>
public sealed class RecordingAuthorizationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>, IAsyncLifetime
{
    private int _eastAccount, _eastStore, _westAccount, _westStore, _westVisit;
    private int[] _products = [];

    public async Task InitializeAsync()
    {
        (_eastAccount, _eastStore, _) = await ChainOfAsync(factory, "am.east2");
        (_westAccount, _westStore, _) = await ChainOfAsync(factory, "am.west1");
        _products = await ProductsAsync(factory, 2);
        _westVisit = await InsertVisitAsync(factory, _westAccount, _westStore, "am.west1", withPhoto: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_account_manager_cannot_record_on_another_managers_account()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var before = await VisitCountAsync(factory);

        (await am.GetAsync($"/Visits/New?accountId={_eastAccount}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await am.PostFormAsync("/Visits/New", StoreVisitFields(_eastAccount, _eastStore, _products), formPage: "/Visits/New"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await VisitCountAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task A_market_manager_cannot_record_in_another_district()
    {
        var mm = await factory.SignedInClientAsync("mm.east");
        var before = await VisitCountAsync(factory);

        (await mm.GetAsync($"/Visits/New?accountId={_westAccount}&storeId={_westStore}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mm.PostFormAsync("/Visits/New", StoreVisitFields(_westAccount, _westStore, _products), formPage: "/Visits/New"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await VisitCountAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task The_marketing_centre_records_no_visits()
    {
        var approver = await factory.SignedInClientAsync("approver");
        var before = await VisitCountAsync(factory);

        (await approver.GetAsync("/Visits/New")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await approver.GetAsync($"/Visits/New?accountId={_eastAccount}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await approver.PostFormAsync("/Visits/New", StoreVisitFields(_eastAccount, _eastStore, _products), formPage: "/"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await VisitCountAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task A_visit_and_its_photo_in_another_district_are_not_found()
    {
        var mm = await factory.SignedInClientAsync("mm.east");
        var am = await factory.SignedInClientAsync("am.west2");

        (await mm.GetAsync($"/Visits/{_westVisit}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mm.GetAsync($"/Visits/{_westVisit}/Photo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await am.GetAsync($"/Visits/{_westVisit}/Photo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mm.GetAsync($"/Visits/{int.MaxValue}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Those_who_see_the_account_get_the_photo_inline_as_an_image_that_is_never_sniffed()
    {
        var mm = await factory.SignedInClientAsync("mm.west");
        var approver = await factory.SignedInClientAsync("approver");

        var response = await mm.GetAsync($"/Visits/{_westVisit}/Photo");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        response.Content.Headers.ContentDisposition.FileName.ShouldBeNull();
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(GroupCrm.Core.Onboarding.Documents.SampleFiles.Png());
        (await approver.GetAsync($"/Visits/{_westVisit}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Integrity_scores_of_a_manager_outside_ones_scope_are_not_found()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var mm = await factory.SignedInClientAsync("mm.east");
        var west = await UserIdAsync(factory, "am.west1");
        var east2 = await UserIdAsync(factory, "am.east2");

        (await am.GetAsync($"/Visits/Integrity?userId={east2}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mm.GetAsync($"/Visits/Integrity?userId={west}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mm.GetAsync($"/Visits/Integrity?userId={east2}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
