using GroupCrm.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.Organisation;

/// <summary>
/// The administrator's work on users: create, edit, disable or enable, reset a password.
/// Every step checks all its rules before it writes, and writes inside one transaction, so a
/// refused or failed step changes nothing. An administrator can neither disable themself nor give
/// up their own Administrator role, so the system always keeps an administrator who can sign in.
/// </summary>
public sealed class UserAdministration(UserManager<CrmUser> users, CrmDbContext db, TimeProvider clock)
{
    public async Task<UserAdminResult> CreateAsync(Viewer actor, NewUser input, CancellationToken ct = default)
    {
        if (!IsAdministrator(actor)) return NotAllowed();
        var userName = UserRules.Tidy(input.UserName);
        var user = new CrmUser
        {
            UserName = userName,
            DisplayName = UserRules.Tidy(input.DisplayName),
            Email = UserRules.TidyEmail(input.Email),
            DistrictId = Roles.NeedsDistrict(input.Role) ? input.DistrictId : null,
            CreatedAt = clock.GetUtcNow(),
        };
        var errors = UserRules.CheckUserName(userName)
            .Concat(UserRules.CheckProfile(user.DisplayName, user.Email, input.Role)).ToList();
        errors.AddRange(await CheckDistrictAsync(input.Role, input.DistrictId, ct));
        if (userName.Length > 0 && await users.FindByNameAsync(userName) is { } taken)
            errors.Add(Taken(taken.UserName!));
        errors.AddRange(await CheckPasswordAsync(user, input.Password));
        if (errors.Count > 0) return UserAdminResult.Refused(errors);

        try
        {
            return await InTransactionAsync(async () =>
                Outcome(await users.CreateAsync(user, input.Password), user)
                ?? Outcome(await users.AddToRoleAsync(user, input.Role), user)
                ?? UserAdminResult.Done(user.Id), ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone created the same name between our check and our insert.
            return UserAdminResult.Refused([Taken(userName)]);
        }
    }

    public async Task<UserAdminResult> UpdateAsync(Viewer actor, int userId, UserChanges input, CancellationToken ct = default)
    {
        if (!IsAdministrator(actor)) return NotAllowed();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return UserAdminResult.NoSuchUser;

        var displayName = UserRules.Tidy(input.DisplayName);
        var email = UserRules.TidyEmail(input.Email);
        var errors = UserRules.CheckProfile(displayName, email, input.Role).ToList();
        errors.AddRange(await CheckDistrictAsync(input.Role, input.DistrictId, ct));
        if (userId == actor.UserId && input.Role != Roles.Administrator)
            errors.Add(new(nameof(UserChanges.Role), "You cannot remove your own Administrator role."));
        if (input.ConcurrencyStamp is not null && input.ConcurrencyStamp != user.ConcurrencyStamp)
            errors.Add(new("", "Someone else changed this user in the meantime. Reload the page and try again."));
        if (errors.Count > 0) return UserAdminResult.Refused(errors);

        var currentRoles = await users.GetRolesAsync(user);
        user.DisplayName = displayName;
        user.Email = email; // UpdateAsync normalises it; SetEmailAsync would also sign the user out.
        user.DistrictId = Roles.NeedsDistrict(input.Role) ? input.DistrictId : null;
        return await InTransactionAsync(async () =>
        {
            if (Outcome(await users.UpdateAsync(user), user) is { } failed) return failed;
            if (currentRoles.SequenceEqual([input.Role])) return UserAdminResult.Done(user.Id);
            // Exactly one role: drop whatever the user held, then add the chosen one.
            return Outcome(await users.RemoveFromRolesAsync(user, currentRoles), user)
                   ?? Outcome(await users.AddToRoleAsync(user, input.Role), user)
                   ?? UserAdminResult.Done(user.Id);
        }, ct);
    }

    /// <summary>Changing the security stamp makes the user's existing sign-in cookies fail on their next request.</summary>
    public async Task<UserAdminResult> SetDisabledAsync(Viewer actor, int userId, bool disabled, CancellationToken ct = default)
    {
        if (!IsAdministrator(actor)) return NotAllowed();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return UserAdminResult.NoSuchUser;
        if (disabled && userId == actor.UserId)
            return UserAdminResult.Refused("", "You cannot disable your own account.");
        if (user.IsDisabled == disabled) return UserAdminResult.Done(user.Id);

        user.IsDisabled = disabled;
        return await InTransactionAsync(async () =>
            Outcome(await users.UpdateSecurityStampAsync(user), user) ?? UserAdminResult.Done(user.Id), ct);
    }

    /// <summary>Sets a new password and lifts any lockout. The new security stamp ends the user's other sessions.</summary>
    public async Task<UserAdminResult> ResetPasswordAsync(Viewer actor, int userId, string newPassword, CancellationToken ct = default)
    {
        if (!IsAdministrator(actor)) return NotAllowed();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return UserAdminResult.NoSuchUser;
        // Checked first: once the old password is removed, a refused new one would leave the user without any.
        var errors = await CheckPasswordAsync(user, newPassword);
        if (errors.Count > 0) return UserAdminResult.Refused(errors);

        return await InTransactionAsync(async () =>
        {
            if (Outcome(await users.RemovePasswordAsync(user), user) is { } failed) return failed;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            return Outcome(await users.AddPasswordAsync(user, newPassword), user) ?? UserAdminResult.Done(user.Id);
        }, ct);
    }

    private static bool IsAdministrator(Viewer actor) => actor.Role == Roles.Administrator;

    private static UserAdminResult NotAllowed() => UserAdminResult.Refused("", "Only an administrator can manage users.");

    private static UserAdminError Taken(string userName) =>
        new(nameof(NewUser.UserName), "The user name {0} is already taken.", userName);

    private async Task<List<UserAdminError>> CheckDistrictAsync(string role, int? districtId, CancellationToken ct)
    {
        if (!Roles.NeedsDistrict(role)) return [];
        if (districtId is null)
            return [new(nameof(NewUser.DistrictId), "Choose a district: market managers and account managers work in one.")];
        return await db.Districts.AnyAsync(d => d.Id == districtId, ct)
            ? []
            : [new(nameof(NewUser.DistrictId), "There is no such district.")];
    }

    /// <summary>Runs Identity's password validators (length, common passwords) without writing anything.</summary>
    private async Task<List<UserAdminError>> CheckPasswordAsync(CrmUser user, string? password)
    {
        const string field = nameof(NewUser.Password);
        if (string.IsNullOrEmpty(password)) return [new(field, "Enter a password.")];
        if (password.Length > UserRules.MaxPasswordLength) return [new(field, "The password is too long.")];
        var errors = new List<UserAdminError>();
        foreach (var validator in users.PasswordValidators)
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => FromIdentity(field, e, user)));
        return errors;
    }

    // Identity formats its numbers into the message; keep the placeholder so the message stays a localization key.
    private UserAdminError FromIdentity(string field, IdentityError error, CrmUser user) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) =>
            new(field, "Passwords must be at least {0} characters.", users.Options.Password.RequiredLength),
        nameof(IdentityErrorDescriber.DuplicateUserName) => Taken(user.UserName ?? ""),
        nameof(IdentityErrorDescriber.ConcurrencyFailure) =>
            new("", "Someone else changed this user in the meantime. Reload the page and try again."),
        _ => new(field, error.Description),
    };

    /// <returns>null when Identity succeeded, so steps can be chained with <c>??</c>.</returns>
    private UserAdminResult? Outcome(IdentityResult result, CrmUser user) =>
        result.Succeeded ? null : UserAdminResult.Refused(result.Errors.Select(e => FromIdentity("", e, user)));

    private async Task<UserAdminResult> InTransactionAsync(Func<Task<UserAdminResult>> steps, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var result = await steps();
            if (result.Succeeded) await transaction.CommitAsync(ct);
            else Forget();
            return result;
        }
        catch
        {
            Forget();
            throw;
        }
    }

    // The transaction rolls back on dispose; the tracked entities must not keep the refused values either.
    private void Forget() => db.ChangeTracker.Clear();
}
