using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.Onboarding.Workflow;

/// <summary>
/// Opens a new chain's file as a Draft: the account manager's own (or, for an administrator, a chosen
/// manager's), in that manager's district and with that district's market manager. The first row of
/// the timeline is written with it.
/// </summary>
public sealed class AccountRegistration(CrmDbContext db, TimeProvider clock)
{
    public async Task<WorkflowResult> CreateDraftAsync(Viewer viewer, DraftAccountInput input, CancellationToken ct = default)
    {
        if (viewer.Role is not (Roles.AccountManager or Roles.Administrator))
            return WorkflowResult.Forbidden("Only an account manager or an administrator can create an account.");
        var managerId = viewer.Role == Roles.AccountManager ? viewer.UserId : input.AccountManagerId;

        input = DraftAccountRules.Tidy(input);
        var errors = DraftAccountRules.Check(input).ToList();
        var district = managerId is null ? null : await ManagerDistrictAsync(managerId.Value, ct);
        if (district is null)
            errors.Add(new(nameof(input.AccountManagerId), managerId is null ? "Choose the account manager." : "There is no such account manager."));
        if (errors.All(e => e.Field != nameof(input.BusinessLicenceNumber)) && await HolderAsync(input.BusinessLicenceNumber!, ct) is { } holder)
            errors.Add(Taken(input.BusinessLicenceNumber!, holder));
        if (errors.Count > 0) return WorkflowResult.Refused(errors);

        var now = clock.GetUtcNow();
        var account = new GroupAccount
        {
            Name = input.Name!, NameEn = input.NameEn!, BusinessLicenceNumber = input.BusinessLicenceNumber!,
            HqAddress = input.HqAddress, LegalRepresentative = input.LegalRepresentative, OrderPhone = input.OrderPhone,
            State = AccountState.Draft, DistrictId = district!.Value, AccountManagerId = managerId!.Value,
            MarketManagerId = await MarketManagerAsync(district.Value, ct), CreatedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.Accounts.Add(account);
            await db.SaveChangesAsync(ct);
            db.AccountTransitions.Add(new AccountTransition
            {
                AccountId = account.Id, FromState = null, ToState = AccountState.Draft, ByUserId = viewer.UserId, At = now, Note = "Created",
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return WorkflowResult.Done(account.Id);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone registered the same licence number between our check and our insert.
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(ct);
            var winner = await HolderAsync(input.BusinessLicenceNumber!, ct) ?? "";
            return WorkflowResult.Refused([Taken(input.BusinessLicenceNumber!, winner)]);
        }
    }

    private static WorkflowError Taken(string number, string holder) =>
        new(nameof(DraftAccountInput.BusinessLicenceNumber), "The business licence number {0} is already held by {1}.", number, holder);

    private Task<string?> HolderAsync(string licenceNumber, CancellationToken ct) =>
        db.Accounts.Where(a => a.BusinessLicenceNumber == licenceNumber).Select(a => a.Name).FirstOrDefaultAsync(ct);

    /// <returns>The district of an enabled account manager, or null when the id is no such person.</returns>
    private Task<int?> ManagerDistrictAsync(int userId, CancellationToken ct) =>
        UsersInRole(Roles.AccountManager).Where(u => u.Id == userId && u.DistrictId != null).Select(u => u.DistrictId).FirstOrDefaultAsync(ct);

    private Task<int?> MarketManagerAsync(int districtId, CancellationToken ct) =>
        UsersInRole(Roles.MarketManager).Where(u => u.DistrictId == districtId).OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);

    private IQueryable<CrmUser> UsersInRole(string role) =>
        db.Users.Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
}
