using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Onboarding.Workflow;

/// <summary>No move past UnderReview until every required document is accepted and current and a survey recommends the chain.</summary>
public sealed class CompletenessGateTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>, IAsyncLifetime
{
    private const string Gate = "These required documents are missing, not yet accepted or expired: {0}.";
    private readonly WorkflowWorld _world = new(fixture);

    public static TheoryData<string> Problems() => ["missing", "pending", "rejected", "expired", "replaced by a pending version"];

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task Completing_the_review_is_refused_while_a_required_document_is_not_in_order(string problem)
    {
        var id = await _world.AccountAsync(AccountState.UnderReview);
        await _world.SurveyAsync(id, recommend: true);
        await _world.DocumentsAsync(id, except: "RETAIL_LICENCE");
        await AddRetailLicenceAsync(id, problem);

        var result = await _world.MoveAsync("mm.east", id, AccountState.SiteSurveyed);

        result.Outcome.ShouldBe(WorkflowOutcome.Refused);
        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe(Gate);
        var names = error.Arguments.ShouldHaveSingleItem().ShouldBeOfType<NameList>();
        names.Items.ShouldBe([("零售许可证", "Retail licence")]);
        string.Format(error.Message, error.Arguments).ShouldBe("These required documents are missing, not yet accepted or expired: Retail licence.");
        (await _world.StateAsync(id)).State.ShouldBe(AccountState.UnderReview);
        (await _world.TimelineAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_refusal_names_every_type_that_is_not_in_order()
    {
        var id = await _world.AccountAsync(AccountState.UnderReview);
        await _world.DocumentsAsync(id, "BUSINESS_LICENCE", "TAX_REGISTRATION");

        var result = await _world.MoveAsync("mm.east", id, AccountState.SiteSurveyed);

        result.Errors.Select(e => e.Message).ShouldBe([Gate, "No site survey has been recorded for this account yet."]);
        result.Errors[0].Arguments[0].ToString().ShouldBe("Business licence, Tax registration certificate");
    }

    [Fact]
    public async Task With_six_accepted_documents_and_a_survey_the_review_is_completed()
    {
        var id = await _world.AccountAsync(AccountState.UnderReview);
        await _world.DocumentsAsync(id);
        await _world.SurveyAsync(id, recommend: false);

        var result = await _world.MoveAsync("mm.east", id, AccountState.SiteSurveyed);

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task An_account_whose_latest_survey_does_not_recommend_it_cannot_go_for_approval()
    {
        var id = await _world.AccountAsync(AccountState.SiteSurveyed);
        await _world.DocumentsAsync(id);
        await _world.SurveyAsync(id, recommend: true, FixedClock.Today.AddDays(-20));
        await _world.SurveyAsync(id, recommend: false, FixedClock.Today.AddDays(-2));

        var result = await _world.MoveAsync("mm.east", id, AccountState.PendingApproval);

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("The latest site survey does not recommend this chain, so it cannot go for approval.");
        (await _world.StateAsync(id)).State.ShouldBe(AccountState.SiteSurveyed);
    }

    [Fact]
    public async Task A_later_recommending_survey_lets_the_account_go_for_approval()
    {
        var id = await _world.AccountAsync(AccountState.SiteSurveyed);
        await _world.DocumentsAsync(id);
        await _world.SurveyAsync(id, recommend: false, FixedClock.Today.AddDays(-20));
        await _world.SurveyAsync(id, recommend: true, FixedClock.Today.AddDays(-2));

        (await _world.MoveAsync("mm.east", id, AccountState.PendingApproval)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Approval_checks_the_documents_again()
    {
        var id = await _world.ReadyAccountAsync(AccountState.PendingApproval);
        await _world.DocumentAsync(id, "LEGAL_REP_ID", DocumentVerdict.Accepted, FixedClock.Today.AddDays(-1));

        var result = await _world.MoveAsync("approver", id, AccountState.Active);

        result.Errors.ShouldHaveSingleItem().Arguments[0].ToString().ShouldBe("Legal representative's ID");
        (await _world.StateAsync(id)).State.ShouldBe(AccountState.PendingApproval);
    }

    [Fact]
    public async Task A_document_expiring_today_still_counts()
    {
        var id = await _world.AccountAsync(AccountState.PendingApproval);
        await _world.DocumentsAsync(id, except: "BUSINESS_LICENCE");
        await _world.DocumentAsync(id, "BUSINESS_LICENCE", DocumentVerdict.Accepted, FixedClock.Today);

        (await _world.MoveAsync("approver", id, AccountState.Active)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Rejecting_suspending_and_closing_need_no_documents()
    {
        var underReview = await _world.AccountAsync(AccountState.UnderReview);
        var active = await _world.AccountAsync(AccountState.Active);

        (await _world.MoveAsync("mm.east", underReview, AccountState.Rejected, "Licences never came.")).Succeeded.ShouldBeTrue();
        (await _world.MoveAsync("approver", active, AccountState.Suspended, "Licence lapsed.")).Succeeded.ShouldBeTrue();
    }

    private Task AddRetailLicenceAsync(int id, string problem) => problem switch
    {
        "missing" => Task.CompletedTask,
        "pending" => _world.DocumentAsync(id, "RETAIL_LICENCE", DocumentVerdict.Pending, FixedClock.Today.AddYears(1)),
        "rejected" => _world.DocumentAsync(id, "RETAIL_LICENCE", DocumentVerdict.Rejected, FixedClock.Today.AddYears(1)),
        "expired" => _world.DocumentAsync(id, "RETAIL_LICENCE", DocumentVerdict.Accepted, FixedClock.Today.AddDays(-1)),
        _ => AcceptedThenPendingAsync(id),
    };

    // An accepted version followed by a new one awaiting review: only the current version counts.
    private async Task AcceptedThenPendingAsync(int id)
    {
        await _world.DocumentAsync(id, "RETAIL_LICENCE", DocumentVerdict.Accepted, FixedClock.Today.AddYears(1));
        await _world.DocumentAsync(id, "RETAIL_LICENCE", DocumentVerdict.Pending, FixedClock.Today.AddYears(2));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();
}
