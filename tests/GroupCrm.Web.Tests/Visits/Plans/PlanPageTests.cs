using System.Net;
using GroupCrm.Core.Visits;
using GroupCrm.Web.Tests.Infrastructure;
using static GroupCrm.Web.Tests.Visits.Plans.PlanPages;

namespace GroupCrm.Web.Tests.Visits.Plans;

/// <summary>An account manager drafts, fills and submits a plan through the pages, and then finds it locked.</summary>
public sealed class PlanPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task An_account_manager_drafts_and_submits_a_plan_and_it_is_then_locked()
    {
        var period = await UpcomingAsync(factory, 1);
        await ClearAsync(factory, "am.east1", period);
        var (account, store, _) = await AccountAsync(factory, "am.east1");
        var client = await factory.SignedInClientAsync("am.east1");

        var list = await TextAsync(await client.GetAsync("/Visits/Plans"));
        list.ShouldContain($"data-period=\"{Iso(period)}\"");
        list.ShouldContain("data-testid=\"visits-sections\"");
        (await TextAsync(await client.GetAsync(EditUrl(period)))).ShouldContain("data-testid=\"start-plan\"");

        var started = await FollowAsync(client, await client.PostFormAsync(EditUrl(period, handler: "Start"), new(), formPage: "/"));
        started.ShouldContain("A draft plan was started for this period.");
        var draft = (await PlansAsync(factory, "am.east1", period)).Single();
        (draft.Revision, draft.State).ShouldBe((1, VisitPlanState.Draft));

        var form = await TextAsync(await client.GetAsync(EditUrl(period, accountId: account)));
        form.ShouldContain("data-testid=\"add-form\"");
        form.ShouldContain($"value=\"{account}:{store}\"");
        form.ShouldContain("data-testid=\"not-visited\"");
        var added = await FollowAsync(client, await client.PostFormAsync(EditUrl(period, handler: "Add", accountId: account),
            Form(draft, ("day", Iso(period.AddDays(1))), ("pick", $"{account}:{store}")), formPage: "/"));
        added.ShouldContain("The visit was added to the plan.");
        draft = (await PlansAsync(factory, "am.east1", period)).Single();
        (await client.PostFormAsync(EditUrl(period, handler: "Add"), Form(draft, ("day", Iso(period.AddDays(2))), ("pick", $"{account}:")), formPage: "/"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        draft = (await PlansAsync(factory, "am.east1", period)).Single();
        draft.Visits.Select(v => (v.Day, v.Kind, v.StoreId)).OrderBy(v => v.Day)
            .ShouldBe([(period.AddDays(1), VisitKind.Store, (int?)store), (period.AddDays(2), VisitKind.Hq, null)]);

        var submitted = await FollowAsync(client, await client.PostFormAsync(EditUrl(period, handler: "Submit"), Form(draft), formPage: "/"));
        submitted.ShouldContain("The plan was submitted and is now locked.");
        submitted.ShouldContain("data-testid=\"revise-plan\"");
        submitted.ShouldNotContain("data-testid=\"add-form\"");
        submitted.ShouldNotContain("data-testid=\"remove-visit\"");
        var locked = (await PlansAsync(factory, "am.east1", period)).Single();
        locked.State.ShouldBe(VisitPlanState.Submitted);

        var refused = await FollowAsync(client, await client.PostFormAsync(EditUrl(period, handler: "Add"),
            Form(locked, ("day", Iso(period.AddDays(3))), ("pick", $"{account}:{store}")), formPage: "/"));
        refused.ShouldContain("This plan has been submitted and is locked. Revise it to make changes.");
        (await PlansAsync(factory, "am.east1", period)).Single().Visits.Count.ShouldBe(2);
        (await TextAsync(await client.GetAsync("/Visits/Plans"))).ShouldContain("Submitted (revision 1)");
    }

    [Fact]
    public async Task Revising_starts_revision_two_as_a_draft_while_revision_one_stays_in_force()
    {
        var period = await UpcomingAsync(factory, 2);
        await ClearAsync(factory, "am.east1", period);
        var (account, store, other) = await AccountAsync(factory, "am.east1");
        var client = await factory.SignedInClientAsync("am.east1");
        await client.PostFormAsync(EditUrl(period, handler: "Start"), new(), formPage: "/");
        var plan = (await PlansAsync(factory, "am.east1", period)).Single();
        await client.PostFormAsync(EditUrl(period, handler: "Add"), Form(plan, ("day", Iso(period)), ("pick", $"{account}:{store}")), formPage: "/");
        plan = (await PlansAsync(factory, "am.east1", period)).Single();
        await client.PostFormAsync(EditUrl(period, handler: "Submit"), Form(plan), formPage: "/");
        plan = (await PlansAsync(factory, "am.east1", period)).Single();

        var revised = await FollowAsync(client, await client.PostFormAsync(EditUrl(period, handler: "Revise"), Form(plan), formPage: "/"));
        revised.ShouldContain("A new revision was started as a draft from the submitted plan.");
        revised.ShouldContain("Revision 2: draft, not submitted.");
        var plans = await PlansAsync(factory, "am.east1", period);
        plans.Select(p => (p.Revision, p.State, p.Visits.Count)).ShouldBe([(1, VisitPlanState.Submitted, 1), (2, VisitPlanState.Draft, 1)]);
        await client.PostFormAsync(EditUrl(period, handler: "Add"), Form(plans[1], ("day", Iso(period)), ("pick", $"{account}:{other}")), formPage: "/");

        var list = await TextAsync(await client.GetAsync("/Visits/Plans"));
        list.ShouldContain("Submitted (revision 1)");
        list.ShouldContain("Revision 2 in draft, not submitted (2 visits)");
        var discarded = await FollowAsync(client, await client.PostFormAsync(EditUrl(period, handler: "Discard"),
            Form((await PlansAsync(factory, "am.east1", period))[1]), formPage: "/"));
        discarded.ShouldContain("The draft was discarded.");
        (await PlansAsync(factory, "am.east1", period)).Select(p => p.Revision).ShouldBe([1]);
    }
}
