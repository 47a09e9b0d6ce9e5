using GroupCrm.Core.Data;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Visits;
using static GroupCrm.Core.Tests.Visits.Prep.PrepFixture;

namespace GroupCrm.Core.Tests.Visits.Prep;

/// <summary>What happened before the prep sheet is read: sales, visits, follow-ups and appointments.</summary>
internal static class PrepHistory
{
    public static readonly DateOnly March = new(2026, 3, 1);
    public static readonly DateOnly April = new(2026, 4, 1);
    public static readonly DateOnly May = new(2026, 5, 1);

    public static async Task AddAsync(CrmDbContext db, PrepPeople people, PrepChains chains, int[] products)
    {
        // S1 sells product k (1..12) 10·k cartons a month, S2 one carton of each; also in February and June, outside the three months.
        foreach (var month in new[] { new DateOnly(2026, 2, 1), March, April, May, new DateOnly(2026, 6, 1) })
            for (var k = 1; k <= products.Length; k++)
            {
                db.MonthlySales.Add(new MonthlySale { Month = month, StoreId = chains.S1.Id, ProductId = products[k - 1], Quantity = 10 * k, Amount = 100m * k });
                db.MonthlySales.Add(new MonthlySale { Month = month, StoreId = chains.S2.Id, ProductId = products[k - 1], Quantity = 1, Amount = 10m });
            }
        db.MonthlySales.Add(new MonthlySale { Month = May, StoreId = chains.T1.Id, ProductId = products[0], Quantity = 999, Amount = 9999m });

        Visit Store(int storeId, int accountId, int visitorId, DateOnly day, string? problems = null) => new()
        {
            Kind = VisitKind.Store, AccountId = accountId, StoreId = storeId, VisitorId = visitorId, VisitedAt = At(day, 10), VisitedOn = day,
            Problems = problems, RecordedAt = At(day, 11),
        };
        var oldest = Store(chains.S1.Id, chains.A.Id, people.Am1.UserId, new DateOnly(2026, 4, 10), "Oldest problem");
        oldest.ProductChecks.Add(new VisitProductCheck { ProductId = products[5], Listed = true, ShelfPrice = 99m, StockOnHand = 1 });
        var spotCheck = Store(chains.S1.Id, chains.A.Id, people.Mm.UserId, new DateOnly(2026, 5, 12), "Price tags missing");
        spotCheck.SpotCheckOfUserId = people.Am1.UserId;
        var latest = Store(chains.S1.Id, chains.A.Id, people.Am1.UserId, new DateOnly(2026, 6, 2), "Licence not displayed");
        (latest.CustomerFeedback, latest.ComplianceConcern, latest.NoticeHandedOver, latest.NoticeAcknowledgedBy) =
            ("Wants more slim packs", true, true, "店长S1");
        latest.ProductChecks.AddRange([
            new VisitProductCheck { ProductId = products[0], Listed = false, SellThrough = 0, StockOnHand = 0 },
            new VisitProductCheck { ProductId = products[1], Listed = true, SellThrough = 20, ShelfPrice = 112m, StockOnHand = 5 },
        ]);
        db.Visits.AddRange(oldest, spotCheck, latest, Store(chains.S2.Id, chains.A.Id, people.Am1.UserId, new DateOnly(2026, 6, 5), "S2 problem"),
            Store(chains.T1.Id, chains.B.Id, people.Am2.UserId, new DateOnly(2026, 6, 6), "T1 problem"));

        // HQ visits of A in March, May and June, each keeping an appointment; one of B.
        var hq = new[] { new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 20), new DateOnly(2026, 6, 10) }
            .Select((day, i) => Hq(db, chains.A.Id, people.Am1.UserId, day, $"Topic {i + 1}", $"Request {i + 1}")).ToList();
        var hqOfB = Hq(db, chains.B.Id, people.Am2.UserId, new DateOnly(2026, 6, 11), "Topic of B", null);
        await db.SaveChangesAsync();

        // Follow-ups of A: one overdue, one due later, one done; and one of B.
        FollowUp Follow(Visit visit, string text, DateOnly due, int owner, bool done = false) => new()
        {
            VisitId = visit.Id, AccountId = visit.AccountId, Text = text, DueOn = due, OwnerId = owner,
            DoneAt = done ? Now.AddDays(-1) : null, DoneById = done ? owner : null,
        };
        db.FollowUps.AddRange(
            Follow(hq[2], "Send the price list", new DateOnly(2026, 6, 30), people.Am1.UserId),
            Follow(hq[1], "Confirm gift boxes", new DateOnly(2026, 6, 1), people.Mm.UserId),
            Follow(hq[1], "Already done", new DateOnly(2026, 6, 3), people.Am1.UserId, done: true),
            Follow(hqOfB, "B's follow-up", new DateOnly(2026, 6, 2), people.Am2.UserId));
        // Today: a meeting cancelled in the morning, the next one booked for the afternoon; one tomorrow too.
        db.HqAppointments.AddRange(
            Appointment(chains.A.Id, null, people.Am1.UserId, At(PrepFixture.Today, 10), "Cancelled one", AppointmentState.Cancelled),
            Appointment(chains.A.Id, chains.BuyerOfA, people.Am1.UserId, At(PrepFixture.Today, 14, 30), "Monthly review"),
            Appointment(chains.A.Id, chains.BuyerOfA, people.Am1.UserId, At(PrepFixture.Today.AddDays(1), 9, 30), "Later"));
        await db.SaveChangesAsync();
    }

    private static Visit Hq(CrmDbContext db, int accountId, int visitorId, DateOnly day, string topics, string? requests)
    {
        var appointment = Appointment(accountId, null, visitorId, At(day, 10), "Review");
        db.HqAppointments.Add(appointment);
        db.SaveChanges();
        var visit = new Visit
        {
            Kind = VisitKind.Hq, AccountId = accountId, VisitorId = visitorId, VisitedAt = At(day, 10, 5), VisitedOn = day,
            AppointmentId = appointment.Id, Topics = topics, Requests = requests, RecordedAt = At(day, 12),
        };
        db.Visits.Add(visit);
        return visit;
    }

    private static HqAppointment Appointment(int accountId, int? buyer, int bookedBy, DateTimeOffset startsAt, string purpose,
        AppointmentState state = AppointmentState.Booked) => new()
    {
        AccountId = accountId, BuyerContactId = buyer, StartsAt = startsAt, Purpose = purpose, BookedById = bookedBy,
        BookedAt = startsAt.AddDays(-3), ScheduledAt = startsAt.AddDays(-3), State = state,
        CancelledAt = state == AppointmentState.Cancelled ? startsAt.AddDays(-1) : null,
        CancelReason = state == AppointmentState.Cancelled ? "Buyer away" : null,
    };
}
