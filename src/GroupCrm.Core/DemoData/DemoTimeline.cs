using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using static GroupCrm.Core.Onboarding.AccountState;

namespace GroupCrm.Core.DemoData;

/// <summary>One row of a chain's timeline before it is written.</summary>
internal sealed record DemoStep(AccountState? From, AccountState To, int ByUserId, DateTimeOffset At, string Note);

/// <summary>A chain with its timeline: its documents and site survey are dated from its steps.</summary>
internal sealed record DemoOnboarding(AccountSeed Chain, IReadOnlyList<DemoStep> Steps)
{
    public GroupAccount Account => Chain.Account;

    public DemoStep? Reached(AccountState state) => Steps.FirstOrDefault(s => s.To == state);

    /// <summary>When the step after <paramref name="step"/> was taken, or <paramref name="otherwise"/> when it is the last one.</summary>
    public DateTimeOffset Next(DemoStep step, DateTimeOffset otherwise)
    {
        for (var i = 0; i < Steps.Count - 1; i++)
            if (Steps[i] == step) return Steps[i + 1].At;
        return otherwise;
    }
}

/// <summary>
/// Every chain's timeline walks the state machine to its current state: the account manager creates and
/// submits, the district's market manager reviews, surveys and sends for approval, the marketing centre
/// decides. Live chains were onboarded before their first month of sales, ending ones stop the month
/// after their last; chains still in the pipeline moved in recent weeks.
/// </summary>
internal static class DemoTimeline
{
    private static readonly AccountState[] Onboarding = [Draft, Submitted, UnderReview, SiteSurveyed, PendingApproval, Active];

    // Days before each step: papers gathered, the review queue, the survey trip, paperwork, the approval meeting.
    private static readonly (int Min, int Max)[] Gaps = [(1, 8), (1, 5), (4, 15), (1, 5), (2, 10)];

    public static List<DemoOnboarding> Add(CrmDbContext db, IReadOnlyList<AccountSeed> chains, int approverId, DemoCalendar calendar)
    {
        var rng = new Random(20_26_05);
        var (rejected, closed) = (0, 0);
        var timelines = new List<DemoOnboarding>(chains.Count);
        foreach (var chain in chains)
        {
            var account = chain.Account;
            // The first rejected chain was turned down at the first review, the other by the marketing centre.
            AccountState[] path = account.State switch
            {
                Rejected => rejected++ == 0 ? [.. Onboarding[..3], Rejected] : [.. Onboarding[..5], Rejected],
                Suspended => [.. Onboarding, Suspended],
                Closed => closed++ == 0 ? [.. Onboarding, Suspended, Closed] : [.. Onboarding, Closed],
                var state => Onboarding[..(Array.IndexOf(Onboarding, state) + 1)],
            };
            var onboarding = path.TakeWhile(s => s is not (Suspended or Closed)).Count();
            var dates = chain.HasSales
                ? Dates(rng, account.CreatedAt, calendar.Month(chain.FirstOffset).AddDays(-1), onboarding - 1, recent: false)
                : Dates(rng, account.CreatedAt, calendar.Today.AddDays(-1), onboarding - 1, recent: true);
            // Suspended the month after the last sales; the chain that was suspended first is closed a month later.
            for (var k = onboarding; k < path.Length; k++)
                dates.Add(DemoCalendar.At(calendar.Month(chain.LastOffset + 1 + k - onboarding).AddDays(rng.Next(1, 13)), rng.Next(9 * 60, 17 * 60)));

            var steps = path.Select((to, k) =>
            {
                AccountState? from = k == 0 ? null : path[k - 1];
                return new DemoStep(from, to, By(to, from, account, approverId), dates[k], Note(rng, to, from));
            }).ToList();
            timelines.Add(new DemoOnboarding(chain, steps));
        }
        db.AccountTransitions.AddRange(timelines.SelectMany(t => t.Steps.Select(s => new AccountTransition
        {
            AccountId = t.Account.Id, FromState = s.From, ToState = s.To, ByUserId = s.ByUserId, At = s.At, Note = s.Note,
        })));
        return timelines;
    }

    /// <summary>The creation and then <paramref name="count"/> steps, on distinct moments in office hours where the days allow.</summary>
    private static List<DateTimeOffset> Dates(Random rng, DateTimeOffset created, DateOnly lastDay, int count, bool recent)
    {
        var gaps = Gaps[..count].Select(g => rng.Next(g.Min, g.Max + 1)).ToArray();
        var slack = rng.Next(0, 10);
        var day = DemoCalendar.LocalDate(created);
        var room = lastDay.DayNumber - day.DayNumber;
        var total = gaps.Sum();
        if (total > room)
            for (var i = 0; i < count; i++) gaps[i] = gaps[i] * room / total; // a rushed file: some steps on the same day
        else if (recent && count > 0)
            gaps[0] += room - total - Math.Min(slack, room - total); // the draft waited for its papers; the rest is recent

        var minute = DemoCalendar.LocalMinute(created);
        var dates = new List<DateTimeOffset> { created };
        foreach (var gap in gaps)
        {
            var sameDay = minute + rng.Next(20, 61); // at most five steps after 17:30 still end before midnight
            var otherDay = rng.Next(9 * 60, 17 * 60 + 31);
            (day, minute) = gap == 0 ? (day, sameDay) : (day.AddDays(gap), otherDay);
            dates.Add(DemoCalendar.At(day, minute));
        }
        return dates;
    }

    private static int By(AccountState to, AccountState? from, GroupAccount account, int approverId) => to switch
    {
        Draft or Submitted => account.AccountManagerId,
        UnderReview or SiteSurveyed or PendingApproval => account.MarketManagerId!.Value,
        Rejected when from == UnderReview => account.MarketManagerId!.Value,
        _ => approverId,
    };

    private static string Note(Random rng, AccountState to, AccountState? from) => to switch
    {
        Draft => "Created",
        Submitted => DemoNames.Pick(rng, ["Submitted for review.", "HQ record and papers ready; please review.", "Submitted after the HQ visit."]),
        UnderReview => DemoNames.Pick(rng, ["Review started.", "Checking the documents.", "Taken for first review."]),
        SiteSurveyed => DemoNames.Pick(rng, ["Documents accepted; site survey done.", "All six documents accepted; HQ and stores surveyed."]),
        PendingApproval => DemoNames.Pick(rng, ["The survey recommends the chain; for approval.", "Recommended; sent to the marketing centre."]),
        Active => DemoNames.Pick(rng, ["Approved.", "Approved at the onboarding meeting.", "Approved; welcome pack sent to the HQ buyer."]),
        Rejected when from == UnderReview =>
            "Rejected at first review: the business licence does not cover tobacco retail and the site survey does not recommend the chain.",
        Rejected => "Rejected: the planned volume is far below the group-account threshold; the stores can be served individually.",
        Suspended => DemoNames.Pick(rng, ["Orders suspended at the chain's request while it restructures.", "Repeated late payment; suspended until the account is settled."]),
        Closed => DemoNames.Pick(rng, ["The chain sold its stores to another group; closed at its request.", "The chain stopped trading; all stores closed."]),
        _ => throw new InvalidOperationException($"No demo note for {to}."),
    };
}
