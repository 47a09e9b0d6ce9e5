using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.SpotChecks;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// A market manager's outing visits. About a third of the stores whose account manager has recorded a visit
/// are spot checks of that manager: the market manager looks at the same products (sometimes one fewer) and
/// finds what the record says as often as the manager's integrity has it, otherwise a different listing, price
/// or stock. The score is counted by <see cref="SpotCheckComparison"/>, as for a spot check recorded in the app.
/// </summary>
internal static class DemoSpotChecks
{
    public static void AddOuting(DemoVisitBook book, DemoVisitWorld world, IEnumerable<DemoSlot> slots, ILookup<int, Visit> managerVisits, Func<int, double> integrity)
    {
        foreach (var slot in slots.Where(s => s.Kind == VisitKind.Store && s.Happens(world.Today)))
        {
            var visit = DemoStoreVisits.New(book, slot);
            var compared = managerVisits[slot.Store!.Id]
                .Where(v => v.VisitorId == slot.Account.ManagerId && v.RecordedAt < visit.RecordedAt)
                .MaxBy(v => (v.VisitedAt, v.RecordedAt));
            if (compared is { ProductChecks.Count: > 0 } && U(200, slot, 0) < 0.35)
            {
                visit.ProductChecks = Recheck(compared, slot, integrity(slot.Account.ManagerId), world.Prices);
                visit.SpotCheckOfUserId = slot.Account.ManagerId;
                book.ComparedVisits[visit] = compared;
                (visit.SpotCheckFieldsCompared, visit.SpotCheckFieldsMatched) = Score(compared.ProductChecks, visit.ProductChecks);
            }
            else
                visit.ProductChecks = DemoShelf.Check(slot.Store, slot, 30, world.Prices);
            book.Visits.Add(visit);
        }
    }

    private static (int Compared, int Matched) Score(IEnumerable<VisitProductCheck> record, IEnumerable<VisitProductCheck> check)
    {
        static IEnumerable<CheckedValues> Values(IEnumerable<VisitProductCheck> checks) =>
            checks.Select(c => new CheckedValues(c.ProductId, c.Listed, c.ShelfPrice, c.StockOnHand));
        var score = SpotCheckComparison.Score(SpotCheckComparison.Compare(Values(record), Values(check)));
        return (score.Compared, score.Matched);
    }

    private static List<VisitProductCheck> Recheck(Visit record, DemoSlot slot, double integrity, DemoPriceBook prices)
    {
        var checks = record.ProductChecks;
        var dropped = checks.Count > 3 && U(201, slot, 0) < 0.2 ? checks[(int)(U(202, slot, 0) * checks.Count)].ProductId : -1;
        return [.. checks.Where(c => c.ProductId != dropped).Select(c =>
        {
            double V(int salt) => U(salt, slot, c.ProductId);
            var listed = V(203) < (1 - integrity) / 2 ? !c.Listed : c.Listed;
            if (!listed) return new VisitProductCheck { ProductId = c.ProductId, Listed = false, SellThrough = 0, StockOnHand = 0 };
            var price = c.ShelfPrice is not { } p ? prices.On(c.ProductId, slot.Day)
                : V(204) < integrity ? p : p + (V(208) < 0.5 ? -1 : 1) * Math.Max(1m, Math.Round(p * (0.01m + 0.03m * (decimal)V(205))));
            var stock = c.StockOnHand is not { } s ? (int)(6 * V(207)) : V(206) < integrity ? s : s + 1 + (int)(6 * V(207));
            return new VisitProductCheck { ProductId = c.ProductId, Listed = true, SellThrough = c.SellThrough, ShelfPrice = price, StockOnHand = stock };
        })];
    }

    private static double U(int salt, DemoSlot slot, int k) => DemoHash.Unit(salt, slot.Store!.Id, slot.Day.DayNumber, slot.UserId * 1024 + k);
}
