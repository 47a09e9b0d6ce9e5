using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Plans;
using GroupCrm.Web.Pages.Visits.Plans;
using GroupCrm.Web.Tests.Infrastructure;
using static GroupCrm.Web.Tests.Visits.Plans.PlanPages;

namespace GroupCrm.Web.Tests.Visits.Plans;

/// <summary>Bad periods, a period already under way, and ids the form never offered: each gets a clear message and writes nothing.</summary>
public sealed class PlanHostileInputTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("garbage")]
    [InlineData("2026-13-45")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("")]
    public async Task A_period_that_is_no_date_is_refused_with_the_next_period_named(string period)
    {
        var client = await factory.SignedInClientAsync("am.east1");
        var before = await SnapshotAsync(factory);
        var next = Iso(await UpcomingAsync(factory, 0));
        var url = $"/Visits/Plans/Edit?period={Uri.EscapeDataString(period)}";

        var shown = await FollowAsync(client, await client.GetAsync(url));
        var posted = await FollowAsync(client, await client.PostFormAsync(url + "&handler=Start", new(), formPage: "/"));

        foreach (var page in new[] { shown, posted })
        {
            page.ShouldContain($"The period must be the first day of a plan period, written as yyyy-MM-dd; the next one starts on {next}.");
            page.ShouldNotContain("<script>alert(1)</script>");
        }
        (await SnapshotAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task A_day_that_is_not_the_first_of_a_period_is_refused()
    {
        var client = await factory.SignedInClientAsync("am.east1");
        var before = await SnapshotAsync(factory);
        var next = await UpcomingAsync(factory, 0);

        foreach (var day in new[] { next.AddDays(2), next.AddDays(7) }) // a Wednesday, and the Monday in the middle of the period
        {
            var url = $"/Visits/Plans/Edit?period={Iso(day)}";
            (await FollowAsync(client, await client.GetAsync(url))).ShouldContain("The period must be the first day of a plan period");
            (await FollowAsync(client, await client.PostFormAsync(url + "&handler=Start", new(), formPage: "/")))
                .ShouldContain($"the next one starts on {Iso(next)}.");
        }
        (await SnapshotAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task A_plan_for_a_period_already_started_is_refused()
    {
        var client = await factory.SignedInClientAsync("am.east2");
        var current = await CurrentAsync(factory);
        var before = await SnapshotAsync(factory);

        var page = await FollowAsync(client, await client.PostFormAsync(EditUrl(current, handler: "Start"), new(), formPage: "/"));

        page.ShouldContain(PlanMessages.AlreadyStarted);
        page.ShouldNotContain("data-testid=\"start-plan\"");
        (await SnapshotAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task Ids_the_form_never_offered_are_refused_with_a_message()
    {
        var period = await UpcomingAsync(factory, 3);
        await ClearAsync(factory, "am.east3", period);
        var (account, store, _) = await AccountAsync(factory, "am.east3");
        var (sister, sisterStore, _) = await AccountAsync(factory, "am.east3", skip: 1);
        var (foreign, foreignStore, _) = await AccountAsync(factory, "am.west1");
        var client = await factory.SignedInClientAsync("am.east3");
        await client.PostFormAsync(EditUrl(period, handler: "Start"), new(), formPage: "/");
        var plan = (await PlansAsync(factory, "am.east3", period)).Single();
        var before = await SnapshotAsync(factory);

        async Task<string> AddAsync(string day, string pick) =>
            await FollowAsync(client, await client.PostFormAsync(EditUrl(period, handler: "Add"), Form(plan, ("day", day), ("pick", pick)), formPage: "/"));

        (await AddAsync(Iso(period), $"{account}:{sisterStore}")).ShouldContain(PlanMessages.StoreOfOtherAccount);
        (await AddAsync(Iso(period), $"{account}:{foreignStore}")).ShouldContain(PlanMessages.StoreOfOtherAccount);
        (await AddAsync(Iso(period), $"{foreign}:{foreignStore}")).ShouldContain(PlanMessages.NotYourAccount);
        (await AddAsync(Iso(period), $"{foreign}:")).ShouldContain(PlanMessages.NotYourAccount);
        (await AddAsync(Iso(period.AddDays(14)), $"{account}:{store}")).ShouldContain($"Choose a day inside the plan's period ({Iso(period)} to {Iso(period.AddDays(13))}).");
        (await AddAsync("yesterday", $"{account}:{store}")).ShouldContain(PlanPageMessages.BadAdd);
        (await AddAsync(Iso(period), "1;DROP TABLE visit_plans")).ShouldContain(PlanPageMessages.BadAdd);
        (await AddAsync(Iso(period), $"{sister}:{store}")).ShouldContain(PlanMessages.StoreOfOtherAccount);

        (await SnapshotAsync(factory)).ShouldBe(before);
        (await PlansAsync(factory, "am.east3", period)).Single().Visits.ShouldBeEmpty();
        var stale = await FollowAsync(client, await client.PostFormAsync(EditUrl(period, handler: "Submit"), Form(plan, ("version", "1")), formPage: "/"));
        stale.ShouldContain("Someone else changed this record in the meantime.");
        var empty = await FollowAsync(client, await client.PostFormAsync(EditUrl(period, handler: "Submit"), Form(plan), formPage: "/"));
        empty.ShouldContain(PlanMessages.EmptyPlan);
        (await PlansAsync(factory, "am.east3", period)).Single().State.ShouldBe(VisitPlanState.Draft);
    }
}
