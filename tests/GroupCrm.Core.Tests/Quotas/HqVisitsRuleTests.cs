using GroupCrm.Core.Quotas;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>HQ visits per account: each account needs its own visits; extra visits to one do not make up for another.</summary>
public sealed class HqVisitsRuleTests
{
    [Theory]
    [InlineData(QuotaRuleKind.AccountHqVisits)]
    [InlineData(QuotaRuleKind.DistrictHqVisits)]
    public void Each_account_counts_up_to_its_need_and_the_accounts_short_of_it_are_the_gaps(QuotaRuleKind kind)
    {
        var result = QuotaEvaluation.HqVisits(Facts.Rule(kind, 2), Facts.MarchOver,
            [Facts.Account(3, 1), Facts.Account(1, 4), Facts.Account(2, 0), Facts.Account(4, 2)]);

        result.Required.ShouldBe(8);
        result.Actual.ShouldBe(5);
        result.Status.ShouldBe(QuotaStatus.Missed);
        result.Gaps.Select(g => (g.Rule, g.AccountId, g.AccountName, g.Have, g.Need)).ShouldBe([(kind, 2, "Chain 2", 0, 2), (kind, 3, "Chain 3", 1, 2)]);
        result.Gaps.ShouldAllBe(g => g.StoreId == null && g.Day == null && g.AccountNameEn != null);
    }

    [Fact]
    public void No_accounts_means_nothing_is_required()
    {
        var result = QuotaEvaluation.HqVisits(Facts.Rule(QuotaRuleKind.AccountHqVisits, 2), Facts.MarchOver, []);

        (result.Required, result.Actual, result.Status).ShouldBe((0, 0, QuotaStatus.Met));
    }

    [Fact]
    public void A_rule_asking_for_zero_visits_is_met_and_lists_no_gaps()
    {
        var result = QuotaEvaluation.HqVisits(Facts.Rule(QuotaRuleKind.DistrictHqVisits, 0), Facts.MarchOver, [Facts.Account(1, 0)]);

        (result.Required, result.Status).ShouldBe((0, QuotaStatus.Met));
        result.Gaps.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(23 * 60, false)]
    [InlineData(24 * 60 - 1, false)]
    [InlineData(24 * 60, true)]
    [InlineData(25 * 60, true)]
    public void An_appointment_qualifies_when_booked_at_least_24_hours_ahead(int minutesAhead, bool qualifies)
    {
        var startsAt = new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

        HqVisitLead.Qualifies(startsAt, startsAt.AddMinutes(-minutesAhead)).ShouldBe(qualifies);
        // The same instant written in another offset is the same lead.
        HqVisitLead.Qualifies(startsAt.ToOffset(TimeSpan.FromHours(8)), startsAt.AddMinutes(-minutesAhead)).ShouldBe(qualifies);
    }
}
