using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// Scarce-stock allocation rounds (SPEC §5), made through the app's own services on a clock set to the moment of
/// each step, so they pass every check a real round passes and carry real audit trails and notices:
/// <list type="bullet">
/// <item>East, last month: approved on the 2nd, then corrected by a revision approved on the 9th (the first is superseded);</item>
/// <item>East, this month: approved on the 1st, with an override;</item>
/// <item>North, this month: submitted, waiting for the approver;</item>
/// <item>West, this month: a draft the approver sent back, overridden since.</item>
/// </list>
/// The quantities follow the district's sales of the product, kept slightly tight. The buyers' replies and the
/// hand-overs in store visits follow in <see cref="DemoNoticeReplies"/>.
/// </summary>
internal static class DemoAllocations
{
    private const int PackSize = 5;

    public static async Task AddAsync(CrmDbContext db, IServiceProvider app, DemoCalendar calendar, DateTimeOffset now, CancellationToken ct)
    {
        var clock = new DemoClock();
        await using var services = Services(db, app, clock);
        await using var scope = services.CreateAsyncScope();
        var rounds = scope.ServiceProvider.GetRequiredService<AllocationRounds>();
        var run = new Runner(db, rounds, clock, await PeopleAsync(db, ct), ct);

        var products = await ScarceBestSellersAsync(db, calendar.Month(DemoCalendar.Months - 3), ct);
        var previous = calendar.Month(DemoCalendar.Months - 1);
        var current = calendar.Month(DemoCalendar.Months);
        DateTimeOffset Last(int day, int hour) => DemoCalendar.At(previous.AddDays(day - 1), hour * 60);
        // The current month's steps on its first morning, or in the last hours when the seed runs that early.
        var morning = DemoCalendar.At(current, 9 * 60 + 30);
        if (morning.AddHours(6) > now) morning = now.AddHours(-6);

        var east = await run.InputAsync("E", products[1], previous, RoundBasis.RecentSales, 6, 1, null);
        var eastLast = await run.CreateAsync("E", east, Last(1, 10));
        await run.SubmitAsync("E", eastLast, Last(1, 11));
        await run.ApproveAsync(eastLast, Last(2, 10));
        // A second delivery arrived: the round is corrected with the larger quantity.
        var revision = await run.ReviseAsync("E", eastLast, Last(8, 9));
        await run.UpdateAsync("E", revision, east with { AvailableUnits = east.AvailableUnits + east.AvailableUnits / 10 / PackSize * PackSize }, Last(8, 10));
        await run.SubmitAsync("E", revision, Last(8, 11));
        await run.ApproveAsync(revision, Last(9, 10));

        var eastNow = await run.CreateAsync("E", await run.InputAsync("E", products[0], current, RoundBasis.RecentSales, 3, 1, null), morning);
        await run.OverrideLargestAsync("E", eastNow, -0.1, "该连锁两家门店装修停业，本月减配，余量按销量分给其他连锁。", morning.AddMinutes(20));
        await run.SubmitAsync("E", eastNow, morning.AddMinutes(40));
        await run.ApproveAsync(eastNow, morning.AddHours(2));

        var north = await run.CreateAsync("N", await run.InputAsync("N", products[2], current, RoundBasis.PlannedVolume, 3, 1, null), morning.AddHours(1));
        await run.SubmitAsync("N", north, morning.AddHours(1.5));

        var westInput = await run.InputAsync("W", products[3], current, RoundBasis.RecentSales, 3, null, null);
        var westNow = await run.CreateAsync("W", westInput, morning.AddMinutes(30));
        await run.SubmitAsync("W", westNow, morning.AddMinutes(50));
        await run.SendBackAsync(westNow, "请把预留量调整为总量的2%左右，并说明新开门店的增配理由。", morning.AddHours(3));
        await run.UpdateAsync("W", westNow, westInput with { ReserveUnits = westInput.AvailableUnits / 50 / PackSize * PackSize }, morning.AddHours(4));
        await run.OverrideLargestAsync("W", westNow, 0.1, "该连锁本月新开三家门店，按开业计划增配。", morning.AddHours(4.2));

        await DemoNoticeReplies.AddAsync(db, [eastLast, revision, eastNow], now, ct);
    }

    /// <summary>
    /// The Core services on the seed's own context (so every step joins the seed's transaction) and on a clock the
    /// seed sets; configuration and Data Protection keys are the app's, so the demo's acknowledgement links work.
    /// </summary>
    private static ServiceProvider Services(CrmDbContext db, IServiceProvider app, DemoClock clock)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(app.GetService<IConfiguration>() ?? new ConfigurationBuilder().Build());
        services.AddGroupCrmCore(db.Database.GetConnectionString()!);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(db);
        if (app.GetService<IDataProtectionProvider>() is { } protection) services.AddSingleton(protection);
        return services.BuildServiceProvider();
    }

    private static async Task<Dictionary<string, Viewer>> PeopleAsync(CrmDbContext db, CancellationToken ct)
    {
        var logins = DemoLogins.All.Where(l => l.Role is Roles.MarketManager or Roles.MarketingCenter).ToList();
        var names = logins.Select(l => l.UserName).ToList();
        var users = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.Id, u.DistrictId }).ToDictionaryAsync(u => u.UserName!, ct);
        return logins.ToDictionary(l => l.DistrictCode ?? "MC", l => new Viewer(users[l.UserName].Id, l.Role, users[l.UserName].DistrictId));
    }

    /// <summary>The active scarce products by their sales over the three months from <paramref name="from"/>, best first.</summary>
    private static async Task<List<int>> ScarceBestSellersAsync(CrmDbContext db, DateOnly from, CancellationToken ct) =>
        await db.Products.AsNoTracking().Where(p => p.IsScarce && p.IsActive)
            .Select(p => new { p.Id, Sold = db.MonthlySales.Where(s => s.ProductId == p.Id && s.Month >= from).Sum(s => (long)s.Quantity) })
            .OrderByDescending(p => p.Sold).ThenBy(p => p.Id).Select(p => p.Id).Take(4).ToListAsync(ct);

    /// <summary>A clock the seed moves to each step.</summary>
    private sealed class DemoClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Runs each step at its moment as the district's market manager (or the approver); a refused step stops the seed.</summary>
    private sealed class Runner(CrmDbContext db, AllocationRounds rounds, DemoClock clock, Dictionary<string, Viewer> people, CancellationToken ct)
    {
        private Viewer Approver => people["MC"];

        public async Task<RoundInput> InputAsync(string district, int productId, DateOnly month, RoundBasis basis, int basisMonths, int? minimum, int? maximum)
        {
            var districtId = people[district].DistrictId!.Value;
            var from = month.AddMonths(-3);
            var sold = await db.MonthlySales.AsNoTracking()
                .Where(s => s.ProductId == productId && s.Month >= from && s.Month < month)
                .Where(s => db.Stores.Any(st => st.Id == s.StoreId
                    && db.Accounts.Any(a => a.Id == st.AccountId && a.DistrictId == districtId && a.State == AccountState.Active)))
                .SumAsync(s => (long)s.Quantity, ct);
            // About nine tenths of a month's sales, in whole packs, and a little held back.
            var available = Math.Max(20 * PackSize, sold * 3 / 10 / PackSize * PackSize);
            var reserve = available / 100 / PackSize * PackSize;
            return new RoundInput(districtId, productId, month, available, PackSize, reserve, basis, basisMonths, minimum, maximum);
        }

        public Task<int> CreateAsync(string district, RoundInput input, DateTimeOffset at) => StepAsync(at, () => rounds.CreateAsync(people[district], input, ct));

        public async Task UpdateAsync(string district, int id, RoundInput input, DateTimeOffset at) =>
            await StepAsync(at, async () => await rounds.UpdateAsync(people[district], id, input, await VersionAsync(id), ct));

        public async Task SubmitAsync(string district, int id, DateTimeOffset at) =>
            await StepAsync(at, async () => await rounds.SubmitAsync(people[district], id, await VersionAsync(id), ct));

        public async Task SendBackAsync(int id, string note, DateTimeOffset at) =>
            await StepAsync(at, async () => await rounds.SendBackAsync(Approver, id, note, await VersionAsync(id), ct));

        public async Task ApproveAsync(int id, DateTimeOffset at) =>
            await StepAsync(at, async () => await rounds.ApproveAsync(Approver, id, await VersionAsync(id), ct));

        public Task<int> ReviseAsync(string district, int id, DateTimeOffset at) => StepAsync(at, () => rounds.ReviseAsync(people[district], id, ct));

        /// <summary>Moves the round's largest line by <paramref name="change"/> (a share of its packs), with the reason.</summary>
        public async Task OverrideLargestAsync(string district, int id, double change, string reason, DateTimeOffset at)
        {
            var line = await db.RoundLines.AsNoTracking().Where(l => l.RoundId == id)
                .OrderByDescending(l => l.FinalPacks).ThenBy(l => l.AccountId).Select(l => new { l.AccountId, l.FinalPacks }).FirstAsync(ct);
            var packs = line.FinalPacks + (long)Math.Round(line.FinalPacks * change, MidpointRounding.AwayFromZero);
            await StepAsync(at, async () => await rounds.OverrideAsync(people[district], id, line.AccountId, packs, reason, await VersionAsync(id), ct));
        }

        private Task<uint> VersionAsync(int id) => db.AllocationRounds.Where(r => r.Id == id).Select(r => r.Version).SingleAsync(ct);

        private async Task<int> StepAsync(DateTimeOffset at, Func<Task<RecordResult>> step)
        {
            clock.Now = at;
            var result = await step();
            if (!result.Succeeded)
                throw new InvalidOperationException("A demo allocation step was refused: "
                    + string.Join(" ", result.Errors.Select(e => string.Format(System.Globalization.CultureInfo.InvariantCulture, e.Message, e.Arguments))));
            // Each step starts from the database, as a new request would.
            db.ChangeTracker.Clear();
            return result.Id;
        }
    }
}
