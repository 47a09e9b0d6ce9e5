using GroupCrm.Core.Data;
using GroupCrm.Core.Letters.Drafting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// The monthly letters of the last full month (the last month of the demo's sales), drafted for every active
/// chain by the app's own drafting on the seed's context, so they join the seed's transaction and the letters
/// page has a month to review from the start.
/// </summary>
internal static class DemoLetters
{
    public static async Task AddAsync(CrmDbContext db, IServiceProvider app, DemoCalendar calendar, TimeProvider clock, CancellationToken ct)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(app.GetService<IConfiguration>() ?? new ConfigurationBuilder().Build());
        services.AddGroupCrmCore(db.Database.GetConnectionString()!);
        services.AddSingleton(clock);
        services.AddSingleton(db);
        if (app.GetService<IDataProtectionProvider>() is { } protection) services.AddSingleton(protection);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LetterDrafting>().DraftMonthAsync(calendar.Month(DemoCalendar.Months - 1), ct);
        db.ChangeTracker.Clear();
    }
}
