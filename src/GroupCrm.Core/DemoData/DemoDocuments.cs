using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Core.Onboarding.AccountState;
using static GroupCrm.Core.Onboarding.DocumentVerdict;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// Every chain's document register as far as its onboarding got. The account manager uploads just before
/// submitting; the market manager reviews after starting the review. Chains past the review hold all six
/// documents accepted; chains under review a mix, one with a rejected document replaced by a pending second
/// version; submitted chains some pending uploads; drafts none or one. A few live chains have a licence that
/// expires within 30 days and two an expired one, so the flags and the reminder job have something to show.
/// </summary>
internal static class DemoDocuments
{
    private const int ExpiringSoon = 5;
    private const int Expired = 2;

    public static async Task AddAsync(CrmDbContext db, IReadOnlyList<DemoOnboarding> chains, DemoCalendar calendar, CancellationToken ct)
    {
        // The types are reference data of the migration; an administrator may have renamed them but not their codes.
        var types = await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
        var rng = new Random(20_26_06);
        var rows = new DemoDocumentRows(rng, types);
        var (drafts, underReview) = (0, 0);
        foreach (var chain in chains)
        {
            var created = chain.Steps[0].At;
            if (chain.Reached(UnderReview) is { } review)
                Review(rng, rows, chain, review, calendar, chain.Account.State == UnderReview ? underReview++ : -1);
            else if (chain.Reached(Submitted) is { } submitted)
            {
                var picked = types.ToArray();
                rng.Shuffle(picked);
                var some = picked[..rng.Next(3, types.Count + 1)].OrderBy(t => t.SortOrder).ToList();
                Upload(rows, chain, some, created, submitted.At, calendar.Today);
            }
            else if (drafts++ % 2 == 0)
                Upload(rows, chain, types[..1], created, calendar.StartOfToday, calendar.Today, late: false);
        }
        Expire(rng, rows, chains, calendar.Today);

        db.StoredFiles.AddRange(rows.Files);
        await db.SaveChangesAsync(ct); // the files first: the documents point at them
        db.AccountDocuments.AddRange(rows.Documents);
        await db.SaveChangesAsync(ct);
    }

    private static List<AccountDocument> Upload(
        DemoDocumentRows rows, DemoOnboarding chain, IReadOnlyList<DocumentType> types, DateTimeOffset after, DateTimeOffset before, DateOnly today, bool late = true) =>
        [.. DemoCalendar.Spread(after, before, types.Count, late).Select((at, i) => rows.Upload(chain, types[i], at, today))];

    /// <param name="underReview">Which of the chains still under review this is, or -1 for a chain past that.</param>
    private static void Review(Random rng, DemoDocumentRows rows, DemoOnboarding chain, DemoStep review, DemoCalendar calendar, int underReview)
    {
        var uploads = Upload(rows, chain, rows.Types, chain.Steps[0].At, chain.Reached(Submitted)!.At, calendar.Today);
        // The survey is recorded a minute before the step after the review, the verdicts before that.
        var verdicts = DemoCalendar.Spread(review.At, chain.Next(review, calendar.StartOfToday).AddMinutes(-2), uploads.Count);
        for (var i = 0; i < uploads.Count; i++)
        {
            if (chain.Reached(SiteSurveyed) is not null)
                DemoDocumentRows.Review(chain, uploads[i], verdicts[i], Accepted);
            else if (underReview < 0 && i == 0) // turned down at the first review
                DemoDocumentRows.Review(chain, uploads[i], verdicts[i], DocumentVerdict.Rejected, "The business scope on this licence does not include tobacco retail.");
            else if (underReview == 0 && i == uploads.Count - 1)
            {
                DemoDocumentRows.Review(chain, uploads[i], verdicts[i], DocumentVerdict.Rejected, "The scan is blurred; the licence number cannot be read.");
                // Scanned again the next working morning (or later the same day when the review was yesterday).
                var day = DemoCalendar.LocalDate(verdicts[i]).AddDays(1);
                var at = day < calendar.Today ? DemoCalendar.At(day, 9 * 60 + rng.Next(180)) : DemoCalendar.Spread(verdicts[i], calendar.StartOfToday, 1)[0];
                rows.Upload(chain, rows.Types[i], at, calendar.Today, replaces: uploads[i]);
            }
            else if ((i + underReview) % 3 != 0) // the rest: some reviewed, some still waiting
                DemoDocumentRows.Review(chain, uploads[i], verdicts[i], Accepted);
        }
    }

    // Live chains with a licence about to expire, and two with one that has just expired.
    private static void Expire(Random rng, DemoDocumentRows rows, IReadOnlyList<DemoOnboarding> chains, DateOnly today)
    {
        var live = chains.Where(c => c.Account.State == Active).ToArray();
        rng.Shuffle(live);
        var expiring = rows.Types.Where(t => t.Expires).ToList();
        for (var k = 0; k < ExpiringSoon + Expired; k++)
        {
            var type = DemoNames.Pick(rng, expiring);
            var document = rows.Documents.Single(d => d.AccountId == live[k].Account.Id && d.DocumentTypeId == type.Id);
            document.ExpiresOn = k < ExpiringSoon ? today.AddDays(rng.Next(3, 29)) : today.AddDays(-rng.Next(2, 21));
        }
    }
}
