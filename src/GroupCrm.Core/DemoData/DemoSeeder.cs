using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.Identity;

namespace GroupCrm.Core.DemoData;

/// <summary>Fills an empty database with the deterministic demo data set.</summary>
public sealed class DemoSeeder(CrmDbContext db, UserManager<CrmUser> users, RoleManager<IdentityRole<int>> roles, TimeProvider clock)
{
    /// <returns>false when the database already holds users, so nothing was written.</returns>
    public Task<bool> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        _ = (db, users, roles, clock);
        throw new NotImplementedException();
    }
}
