using System.Globalization;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Visits;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Visits.Recording;

/// <summary>What the visit recording page tests share: demo lookups, the form's fields, and visits written straight to the database.</summary>
internal static class RecordingPages
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The organisation's wall clock now, to the minute (so never ahead of the server).</summary>
    public static DateTimeOffset LocalNow()
    {
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai);
        return now.AddSeconds(-now.Second).AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static async Task<int> UserIdAsync(CrmWebFactory factory, string userName)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The <paramref name="index"/>-th active chain of the manager that has at least two active stores, and two of them.</summary>
    public static async Task<(int Account, int Store, int OtherStore)> ChainOfAsync(CrmWebFactory factory, string manager, int index = 0)
    {
        await using var db = factory.CreateDbContext();
        var id = await UserIdAsync(factory, manager);
        var account = await db.Accounts
            .Where(a => a.AccountManagerId == id && a.State == AccountState.Active && db.Stores.Count(s => s.AccountId == a.Id && s.IsActive) >= 2)
            .OrderBy(a => a.Id).Select(a => a.Id).Skip(index).FirstAsync();
        var stores = await db.Stores.Where(s => s.AccountId == account && s.IsActive).OrderBy(s => s.Id).Select(s => s.Id).Take(2).ToListAsync();
        return (account, stores[0], stores[1]);
    }

    public static async Task<int[]> ProductsAsync(CrmWebFactory factory, int count)
    {
        await using var db = factory.CreateDbContext();
        return [.. await db.Products.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.Id).Take(count).ToListAsync()];
    }

    public static async Task<int> VisitCountAsync(CrmWebFactory factory)
    {
        await using var db = factory.CreateDbContext();
        return await db.Visits.CountAsync();
    }

    /// <summary>A store visit's fields as the form posts them, with two product blocks filled and the spare ones left empty.</summary>
    public static Dictionary<string, string> StoreVisitFields(int account, int store, int[] products, string feedback = "货架整洁")
    {
        var now = LocalNow();
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "Store", ["Input.AccountId"] = Text(account), ["Input.StoreId"] = Text(store),
            ["Input.Date"] = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Time"] = now.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["Input.Problems"] = "价签缺失", ["Input.CustomerFeedback"] = feedback,
            ["Input.NoticeHandedOver"] = "true", ["Input.NoticeAcknowledgedBy"] = "王店长",
            ["Input.Products[0].ProductId"] = Text(products[0]), ["Input.Products[0].Listed"] = "true",
            ["Input.Products[0].SellThrough"] = "12", ["Input.Products[0].ShelfPrice"] = "45.50", ["Input.Products[0].StockOnHand"] = "30",
            ["Input.Products[1].ProductId"] = "", ["Input.Products[1].SellThrough"] = "",
            ["Input.Products[2].ProductId"] = Text(products[1]), ["Input.Products[2].Listed"] = "false", ["Input.Products[2].StockOnHand"] = "0",
            ["Input.Products[3].ProductId"] = "", ["Input.Products[4].ProductId"] = "",
        };
        return fields;
    }

    /// <summary>A visit written straight to the database (with a photo when asked), for the read-side tests.</summary>
    public static async Task<int> InsertVisitAsync(CrmWebFactory factory, int account, int store, string visitor, bool withPhoto)
    {
        await using var db = factory.CreateDbContext();
        var now = DateTimeOffset.UtcNow.AddHours(-1);
        var visit = new Visit
        {
            Kind = VisitKind.Store, AccountId = account, StoreId = store, VisitorId = await UserIdAsync(factory, visitor),
            VisitedAt = now, VisitedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Shanghai).DateTime), RecordedAt = now,
            CustomerFeedback = "直接写入",
        };
        if (withPhoto)
        {
            var file = new StoredFile { Id = Guid.NewGuid(), Content = SampleFiles.Png(), StoredAt = now };
            db.StoredFiles.Add(file);
            (visit.PhotoFileId, visit.PhotoContentType) = (file.Id, "image/png");
        }
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        return visit.Id;
    }
}
