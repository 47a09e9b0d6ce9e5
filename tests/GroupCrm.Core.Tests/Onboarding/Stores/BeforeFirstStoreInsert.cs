using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GroupCrm.Core.Tests.Onboarding.Stores;

/// <summary>Runs <paramref name="action"/> once, just before the first INSERT into stores goes out: a race, made certain.</summary>
internal sealed class BeforeFirstStoreInsert(Func<Task> action) : DbCommandInterceptor
{
    public bool Fired { get; private set; }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (!Fired && command.CommandText.Contains("INSERT INTO stores", StringComparison.OrdinalIgnoreCase))
        {
            Fired = true;
            await action();
        }
        return result;
    }
}
