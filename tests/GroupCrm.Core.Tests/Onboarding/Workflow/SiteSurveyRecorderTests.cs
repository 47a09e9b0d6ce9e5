using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Onboarding.Workflow;

/// <summary>The site survey: by the district's market manager, during the review, with scores of 1 to 5 and a sane date.</summary>
public sealed class SiteSurveyRecorderTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>, IAsyncLifetime
{
    private readonly WorkflowWorld _world = new(fixture);

    private static SurveyInput Good => new(FixedClock.Today, 4, 3, 5, 2, 4, "门店整洁，位置佳。", true);

    [Fact]
    public async Task The_districts_market_manager_records_a_survey()
    {
        var id = await _world.AccountAsync(AccountState.UnderReview);
        var surveyor = await _world.ViewerAsync("mm.east");

        var result = await RecordAsync("mm.east", id, Good with { Notes = "  <b>notes</b> kept as typed  " });

        result.Succeeded.ShouldBeTrue();
        await using var db = _world.Db();
        var survey = await db.SiteSurveys.SingleAsync(s => s.Id == result.Id);
        (survey.AccountId, survey.SurveyedOn, survey.SurveyedById, survey.RecordedAt).ShouldBe((id, FixedClock.Today, surveyor.UserId, FixedClock.Instant));
        new[] { survey.LocationScore, survey.EnvironmentScore, survey.AppearanceScore, survey.SalesScaleScore, survey.ManagementScore }
            .ShouldBe(new short[] { 4, 3, 5, 2, 4 });
        survey.Notes.ShouldBe("<b>notes</b> kept as typed");
        survey.Recommend.ShouldBeTrue();
    }

    [Fact]
    public async Task A_chain_may_be_surveyed_again_and_the_latest_survey_counts()
    {
        var id = await _world.AccountAsync(AccountState.UnderReview);
        await _world.DocumentsAsync(id);

        (await RecordAsync("mm.east", id, Good with { SurveyedOn = FixedClock.Today.AddDays(-7), Recommend = false })).Succeeded.ShouldBeTrue();
        (await _world.MoveAsync("mm.east", id, AccountState.SiteSurveyed)).Succeeded.ShouldBeTrue();
        (await _world.MoveAsync("mm.east", id, AccountState.PendingApproval)).Succeeded.ShouldBeFalse();
        (await RecordAsync("mm.east", id, Good)).Succeeded.ShouldBeTrue();
        (await _world.MoveAsync("mm.east", id, AccountState.PendingApproval)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task An_administrator_may_record_a_survey()
    {
        var id = await _world.AccountAsync(AccountState.SiteSurveyed);

        (await RecordAsync("admin", id, Good)).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("mm.west", WorkflowOutcome.NotFound)]
    [InlineData("am.east2", WorkflowOutcome.NotFound)]
    [InlineData("am.east1", WorkflowOutcome.Forbidden)]
    [InlineData("approver", WorkflowOutcome.Forbidden)]
    public async Task Nobody_but_the_districts_market_manager_records_a_survey(string userName, WorkflowOutcome outcome)
    {
        var id = await _world.AccountAsync(AccountState.UnderReview);

        var result = await RecordAsync(userName, id, Good);

        result.Outcome.ShouldBe(outcome);
        await AssertNoSurveyAsync(id);
    }

    [Theory]
    [InlineData(AccountState.Draft)]
    [InlineData(AccountState.Submitted)]
    [InlineData(AccountState.PendingApproval)]
    [InlineData(AccountState.Active)]
    public async Task A_survey_is_recorded_only_during_the_review(AccountState state)
    {
        var id = await _world.AccountAsync(state);

        var result = await RecordAsync("mm.east", id, Good);

        result.Outcome.ShouldBe(WorkflowOutcome.Refused);
        result.Errors.ShouldHaveSingleItem().Arguments.ShouldBe([state]);
        await AssertNoSurveyAsync(id);
    }

    public static TheoryData<string, SurveyInput> BadInput() => new()
    {
        { "LocationScore", Good with { LocationScore = 0 } },
        { "EnvironmentScore", Good with { EnvironmentScore = 6 } },
        { "AppearanceScore", Good with { AppearanceScore = -1 } },
        { "SalesScaleScore", Good with { SalesScaleScore = 0 } },
        { "ManagementScore", Good with { ManagementScore = 6 } },
        { "SurveyedOn", Good with { SurveyedOn = FixedClock.Today.AddDays(1) } },
        { "SurveyedOn", Good with { SurveyedOn = new DateOnly(1999, 12, 31) } },
        { "SurveyedOn", Good with { SurveyedOn = null } },
        { "Notes", Good with { Notes = new string('记', 2001) } },
        { "Recommend", Good with { Recommend = null } },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_and_nothing_is_written(string field, SurveyInput input)
    {
        var id = await _world.AccountAsync(AccountState.UnderReview);

        var result = await RecordAsync("mm.east", id, input);

        result.Outcome.ShouldBe(WorkflowOutcome.Refused);
        result.Errors.ShouldHaveSingleItem().Field.ShouldBe(field);
        await AssertNoSurveyAsync(id);
    }

    [Fact]
    public async Task The_first_day_of_2000_and_2000_characters_of_notes_are_accepted()
    {
        var id = await _world.AccountAsync(AccountState.UnderReview);

        var result = await RecordAsync("mm.east", id, Good with { SurveyedOn = new DateOnly(2000, 1, 1), Notes = new string('记', 2000) });

        result.Succeeded.ShouldBeTrue();
    }

    private async Task<WorkflowResult> RecordAsync(string userName, int accountId, SurveyInput input)
    {
        var viewer = await _world.ViewerAsync(userName);
        return await _world.RunAsync<SiteSurveyRecorder, WorkflowResult>(r => r.RecordAsync(viewer, accountId, input));
    }

    private async Task AssertNoSurveyAsync(int accountId)
    {
        await using var db = _world.Db();
        (await db.SiteSurveys.CountAsync(s => s.AccountId == accountId)).ShouldBe(0);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();
}
