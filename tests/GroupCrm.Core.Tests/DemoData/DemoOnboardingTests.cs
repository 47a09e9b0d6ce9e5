using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Core.Onboarding.AccountState;

namespace GroupCrm.Core.Tests.DemoData;

/// <summary>The demo chains' timelines and surveys: every state reached the way the workflow allows.</summary>
public sealed class DemoOnboardingTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    // Fixed by the seeds; a deliberate change of the demo data set updates them.
    public const int ExpectedTransitions = 320;
    public const int ExpectedSurveys = 51;

    public static readonly AccountState[] PastReview = [SiteSurveyed, PendingApproval, Active, Suspended, Closed];

    [Fact]
    public async Task Every_timeline_walks_the_state_machine_to_the_account_s_state()
    {
        await using var db = fixture.CreateContext();
        var accounts = await db.Accounts.ToListAsync();
        var approverId = await UserIdAsync(db, "approver");
        var seededAt = await db.Users.MinAsync(u => u.CreatedAt);
        var timelines = (await db.AccountTransitions.OrderBy(t => t.Id).ToListAsync()).ToLookup(t => t.AccountId);
        timelines.Sum(t => t.Count()).ShouldBe(ExpectedTransitions);

        foreach (var account in accounts)
        {
            var steps = timelines[account.Id].ToList();
            steps[0].ShouldSatisfyAllConditions(
                s => s.FromState.ShouldBeNull(), s => s.ToState.ShouldBe(Draft), s => s.Note.ShouldBe("Created"),
                s => s.ByUserId.ShouldBe(account.AccountManagerId), s => s.At.ShouldBe(account.CreatedAt));
            steps[^1].ToState.ShouldBe(account.State, account.Name);
            steps[^1].At.ShouldBeLessThan(seededAt);
            foreach (var (before, step) in steps.Zip(steps.Skip(1)))
            {
                step.FromState.ShouldBe(before.ToState, account.Name);
                step.At.ShouldBeGreaterThan(before.At, account.Name);
                var move = WorkflowSteps.Find(before.ToState, step.ToState);
                move.ShouldNotBeNull($"{account.Name}: {before.ToState} -> {step.ToState}");
                step.ByUserId.ShouldBe(move.To switch
                {
                    Submitted => account.AccountManagerId,
                    Active or Suspended or Closed => approverId,
                    Rejected when move.From == PendingApproval => approverId,
                    _ => account.MarketManagerId!.Value,
                }, $"{account.Name}: {move.To}");
                if (move.ReasonRequired) step.Note.ShouldNotBeNullOrWhiteSpace();
            }
        }
        var rejections = timelines.Select(t => t.Last()).Where(s => s.ToState == Rejected).Select(s => s.FromState).ToList();
        rejections.ShouldBe([UnderReview, PendingApproval], ignoreOrder: true);
    }

    [Fact]
    public async Task Every_chain_past_the_review_has_a_recommending_survey_by_its_market_manager()
    {
        await using var db = fixture.CreateContext();
        var accounts = await db.Accounts.ToDictionaryAsync(a => a.Id);
        var surveys = await db.SiteSurveys.ToListAsync();
        surveys.Count.ShouldBe(ExpectedSurveys);
        var reachedSurvey = await db.AccountTransitions.Where(t => t.ToState == SiteSurveyed).Select(t => t.AccountId).Distinct().ToListAsync();
        reachedSurvey.Count.ShouldBe(accounts.Values.Count(a => PastReview.Contains(a.State)) + 1); // and the chain rejected for approval

        foreach (var survey in surveys)
        {
            var account = accounts[survey.AccountId];
            survey.SurveyedById.ShouldBe(account.MarketManagerId!.Value);
            survey.Notes.ShouldNotBeNullOrWhiteSpace();
            survey.SurveyedOn.ShouldBeLessThanOrEqualTo(DateOnly.FromDateTime(survey.RecordedAt.ToOffset(TimeSpan.FromHours(8)).DateTime));
            short[] scores = [survey.LocationScore, survey.EnvironmentScore, survey.AppearanceScore, survey.SalesScaleScore, survey.ManagementScore];
            if (survey.Recommend) scores.ShouldAllBe(s => s >= 3 && s <= 5);
            else scores.ShouldAllBe(s => s >= 1 && s <= 2);
        }
        surveys.Where(s => s.Recommend).Select(s => s.AccountId).ShouldBe(reachedSurvey, ignoreOrder: true);
        var notRecommended = surveys.Where(s => !s.Recommend).ToList();
        notRecommended.Count.ShouldBe(1);
        accounts[notRecommended[0].AccountId].State.ShouldBe(Rejected);
    }

    private static Task<int> UserIdAsync(CrmDbContext db, string userName) =>
        db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();

    /// <summary>The seed's today: the date in China when the demo users were created.</summary>
    internal static async Task<DateOnly> SeedTodayAsync(CrmDbContext db) =>
        DateOnly.FromDateTime((await db.Users.MinAsync(u => u.CreatedAt)).ToOffset(TimeSpan.FromHours(8)).DateTime);
}
