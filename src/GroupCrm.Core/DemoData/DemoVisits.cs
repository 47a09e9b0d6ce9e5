using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits;
using Npgsql;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// A year of visits of the active chains, from the first of the month a year before the current one up to
/// yesterday (China time), with the plans and appointments around them: each account manager's monthly round of
/// their open stores and two HQ meetings per chain (<see cref="DemoRounds"/>), planned fortnight by fortnight
/// (<see cref="DemoVisitPlans"/>); each market manager's outings and HQ meetings (<see cref="DemoOutings"/>), some
/// of their store visits spot checks (<see cref="DemoSpotChecks"/>). Who is behind is told in <see cref="DemoVisitPace"/>.
/// Every figure hangs on DemoHash and the seed's today, so seeding twice on the same day gives identical rows.
/// </summary>
internal static class DemoVisits
{
    public static async Task AddAsync(
        CrmDbContext db, NpgsqlConnection connection, IReadOnlyList<DemoOnboarding> chains, IReadOnlyList<StoreSeed> stores,
        IReadOnlyList<ProductSeed> products, DemoCalendar calendar, CancellationToken ct)
    {
        var world = await DemoVisitWorld.LoadAsync(db, chains, stores, products, calendar, ct);
        // Plans reach into the next period; visits stop yesterday, bookings before today.
        var nextPeriod = PlanPeriods.StartOf(calendar.Today).AddDays(PlanPeriods.Days);
        var lastDay = PlanPeriods.EndOf(nextPeriod);
        var book = new DemoVisitBook();

        var integrity = new Dictionary<int, double>();
        foreach (var login in DemoLogins.InRole(Roles.AccountManager))
        {
            var id = world.UserIds[login.UserName];
            integrity[id] = DemoVisitPace.Integrity(login.UserName, id);
            var slots = DemoRounds.Of(world, login.UserName, id, lastDay);
            DemoStoreVisits.AddRounds(book, world, slots);
            foreach (var slot in slots.Where(s => s.Kind == VisitKind.Hq)) DemoHqVisits.Add(book, world, slot);
            DemoVisitPlans.Add(book, world, login.UserName, id, slots, nextPeriod);
        }
        // Spot checks compare with the account managers' visits, all made by now.
        var managerVisits = book.Visits.Where(v => v.Kind == VisitKind.Store).ToLookup(v => v.StoreId!.Value);
        foreach (var login in DemoLogins.InRole(Roles.MarketManager))
        {
            var slots = DemoOutings.Of(world, login.UserName, world.UserIds[login.UserName], lastDay);
            DemoSpotChecks.AddOuting(book, world, slots, managerVisits, id => integrity[id]);
            foreach (var slot in slots.Where(s => s.Kind == VisitKind.Hq)) DemoHqVisits.Add(book, world, slot);
        }

        var first = await DemoVisitCopy.FirstIdsAsync(connection, ct);
        book.Number(first.Visit, first.FollowUp, first.Appointment, first.Plan, first.PlannedVisit);
        await DemoVisitCopy.WriteAsync(connection, book, ct);
    }
}
