using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Organisation;

/// <summary>User administration against a real database: the rules, and that a refusal writes nothing.</summary>
public sealed class UserAdministrationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string GoodPassword = "Harbour-Lantern-42";
    private ServiceProvider _services = null!;
    private int _district;
    private Viewer _admin = null!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddGroupCrmCore(fixture.ConnectionString);
        _services = services.BuildServiceProvider();
        await using (var db = fixture.CreateContext())
        {
            var district = new District { Code = Unique("D")[..12], Name = "测试区", NameEn = "Test district" };
            db.Districts.Add(district);
            await db.SaveChangesAsync();
            _district = district.Id;
        }
        // The first administrator is created by a caller that is not a stored user, as a bootstrap would be.
        var created = await Admin(a => a.CreateAsync(
            new Viewer(0, Roles.Administrator, null), new(Unique("root"), "Root", null, Roles.Administrator, null, GoodPassword)));
        _admin = new Viewer(created.UserId, Roles.Administrator, null);
    }

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    [Fact]
    public async Task Creates_a_manager_with_role_district_and_a_usable_password()
    {
        var name = Unique("am");
        var result = await Admin(a => a.CreateAsync(_admin, new(name, "  杨帆 Yang Fan ", "yang.fan@example.com", Roles.AccountManager, _district, GoodPassword)));

        result.Succeeded.ShouldBeTrue();
        var user = await LoadAsync(result.UserId);
        user.UserName.ShouldBe(name);
        user.DisplayName.ShouldBe("杨帆 Yang Fan");
        user.Email.ShouldBe("yang.fan@example.com");
        user.DistrictId.ShouldBe(_district);
        user.CreatedAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        (await RolesOfAsync(user.Id)).ShouldBe([Roles.AccountManager]);
        (await PasswordWorksAsync(user.Id, GoodPassword)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_taken_user_name_is_refused_whatever_its_case_and_named_in_the_message()
    {
        var name = Unique("dup");
        (await Admin(a => a.CreateAsync(_admin, Manager(name)))).Succeeded.ShouldBeTrue();

        var result = await Admin(a => a.CreateAsync(_admin, Manager(name.ToUpperInvariant())));

        var error = result.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe(nameof(NewUser.UserName));
        error.Message.ShouldBe("The user name {0} is already taken.");
        error.Arguments.ShouldBe([name]);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("张三丰")]
    [InlineData("a2345678901234567890123456789012345678901234567890123456789012345")]
    public async Task User_names_outside_the_allowed_characters_and_lengths_are_refused(string name)
    {
        var result = await Admin(a => a.CreateAsync(_admin, Manager(name)));
        result.Errors.ShouldHaveSingleItem().Field.ShouldBe(nameof(NewUser.UserName));
    }

    [Fact]
    public async Task A_manager_needs_an_existing_district()
    {
        var missing = await Admin(a => a.CreateAsync(_admin, Manager(Unique("mm")) with { Role = Roles.MarketManager, DistrictId = null }));
        var unknown = await Admin(a => a.CreateAsync(_admin, Manager(Unique("mm")) with { DistrictId = 999_999 }));

        missing.Errors.ShouldHaveSingleItem().Message.ShouldBe("Choose a district: market managers and account managers work in one.");
        unknown.Errors.ShouldHaveSingleItem().Message.ShouldBe("There is no such district.");
    }

    [Fact]
    public async Task Roles_without_a_district_have_it_cleared()
    {
        var result = await Admin(a => a.CreateAsync(_admin, Manager(Unique("mc")) with { Role = Roles.MarketingCenter }));
        (await LoadAsync(result.UserId)).DistrictId.ShouldBeNull();
    }

    [Theory]
    [InlineData("short-pw", "Passwords must be at least {0} characters.")]
    [InlineData("123456789012", "This password is too common or too easy to guess. Choose a longer phrase of your own.")]
    [InlineData("passwordpassword", "This password is too common or too easy to guess. Choose a longer phrase of your own.")]
    public async Task Weak_passwords_are_refused_with_identitys_message(string password, string message)
    {
        var result = await Admin(a => a.CreateAsync(_admin, Manager(Unique("pw")) with { Password = password }));
        var error = result.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe(nameof(NewUser.Password));
        error.Message.ShouldBe(message);
    }

    [Fact]
    public async Task Bad_profile_fields_are_all_reported_and_no_user_is_written()
    {
        var before = await SnapshotAsync();
        var result = await Admin(a => a.CreateAsync(_admin,
            new(Unique("long"), new string('x', 101), "not-an-address", "Janitor", null, GoodPassword)));

        result.Errors.Select(e => e.Message).ShouldBe(
        [
            "The display name can be at most 100 characters.",
            "The e-mail address is not valid.",
            "Choose one of the four roles.",
        ], ignoreOrder: true);
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Changing_the_role_replaces_the_single_role_and_clears_the_district()
    {
        var id = await CreateManagerAsync();
        var result = await Admin(a => a.UpdateAsync(_admin, id, new("New Name", null, Roles.MarketingCenter, _district)));

        result.Succeeded.ShouldBeTrue();
        (await RolesOfAsync(id)).ShouldBe([Roles.MarketingCenter]);
        var user = await LoadAsync(id);
        user.DistrictId.ShouldBeNull();
        user.DisplayName.ShouldBe("New Name");
        user.Email.ShouldBeNull();
    }

    [Fact]
    public async Task Disabling_sets_the_flag_and_changes_the_security_stamp()
    {
        var id = await CreateManagerAsync();
        var stamp = (await LoadAsync(id)).SecurityStamp;

        (await Admin(a => a.SetDisabledAsync(_admin, id, true))).Succeeded.ShouldBeTrue();
        var disabled = await LoadAsync(id);
        disabled.IsDisabled.ShouldBeTrue();
        disabled.SecurityStamp.ShouldNotBe(stamp);

        (await Admin(a => a.SetDisabledAsync(_admin, id, false))).Succeeded.ShouldBeTrue();
        (await LoadAsync(id)).IsDisabled.ShouldBeFalse();
    }

    [Fact]
    public async Task Resetting_a_password_makes_the_new_one_work_and_lifts_the_lockout()
    {
        var id = await CreateManagerAsync();
        await using (var db = fixture.CreateContext())
            await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15))
                .SetProperty(u => u.AccessFailedCount, 5));

        (await Admin(a => a.ResetPasswordAsync(_admin, id, "Copper-Kettle-Morning"))).Succeeded.ShouldBeTrue();

        (await PasswordWorksAsync(id, "Copper-Kettle-Morning")).ShouldBeTrue();
        (await PasswordWorksAsync(id, GoodPassword)).ShouldBeFalse();
        var user = await LoadAsync(id);
        user.LockoutEnd.ShouldBeNull();
        user.AccessFailedCount.ShouldBe(0);
    }

    [Fact]
    public async Task An_administrator_can_neither_disable_themself_nor_drop_their_own_role()
    {
        var before = await SnapshotAsync();

        var disable = await Admin(a => a.SetDisabledAsync(_admin, _admin.UserId, true));
        var demote = await Admin(a => a.UpdateAsync(_admin, _admin.UserId, new("Root", null, Roles.MarketingCenter, null)));

        disable.Errors.ShouldHaveSingleItem().Message.ShouldBe("You cannot disable your own account.");
        demote.Errors.ShouldHaveSingleItem().Message.ShouldBe("You cannot remove your own Administrator role.");
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_administrator_may_disable_another_administrator()
    {
        var other = await Admin(a => a.CreateAsync(_admin, Manager(Unique("adm")) with { Role = Roles.Administrator }));
        (await Admin(a => a.SetDisabledAsync(_admin, other.UserId, true))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Refused_updates_and_resets_leave_the_database_unchanged()
    {
        var id = await CreateManagerAsync();
        var before = await SnapshotAsync();

        var update = await Admin(a => a.UpdateAsync(_admin, id, new("Renamed", "bad@", Roles.MarketManager, _district)));
        var reset = await Admin(a => a.ResetPasswordAsync(_admin, id, "too-short"));
        var stale = await Admin(a => a.UpdateAsync(_admin, id, new("Renamed", null, Roles.MarketManager, _district, "an-old-stamp")));

        update.Succeeded.ShouldBeFalse();
        reset.Succeeded.ShouldBeFalse();
        stale.Errors.ShouldHaveSingleItem().Message.ShouldBe("Someone else changed this user in the meantime. Reload the page and try again.");
        (await SnapshotAsync()).ShouldBe(before);
        (await PasswordWorksAsync(id, GoodPassword)).ShouldBeTrue();
    }

    [Fact]
    public async Task Only_administrators_may_act_and_unknown_users_are_reported()
    {
        var manager = new Viewer(_admin.UserId, Roles.MarketManager, _district);
        var refused = await Admin(a => a.CreateAsync(manager, Manager(Unique("x"))));
        var unknown = await Admin(a => a.SetDisabledAsync(_admin, 999_999, true));

        refused.Errors.ShouldHaveSingleItem().Message.ShouldBe("Only an administrator can manage users.");
        unknown.NotFound.ShouldBeTrue();
    }

    private static string Unique(string prefix) => $"{prefix}.{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)];

    private NewUser Manager(string userName) => new(userName, "Test Manager", null, Roles.AccountManager, _district, GoodPassword);

    private async Task<int> CreateManagerAsync()
    {
        var result = await Admin(a => a.CreateAsync(_admin, Manager(Unique("am"))));
        result.Succeeded.ShouldBeTrue();
        return result.UserId;
    }

    /// <summary>Each call in its own scope, as each web request is.</summary>
    private async Task<UserAdminResult> Admin(Func<UserAdministration, Task<UserAdminResult>> act)
    {
        await using var scope = _services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }

    private async Task<bool> PasswordWorksAsync(int id, string password)
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        return await users.CheckPasswordAsync((await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!, password);
    }

    private async Task<CrmUser> LoadAsync(int id)
    {
        await using var db = fixture.CreateContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    private async Task<List<string>> RolesOfAsync(int id)
    {
        await using var db = fixture.CreateContext();
        return await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
    }

    /// <summary>Every stored field of every user and role assignment, to prove a refusal wrote nothing.</summary>
    private async Task<List<string>> SnapshotAsync()
    {
        await using var db = fixture.CreateContext();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => new
        {
            u.Id, u.UserName, u.DisplayName, u.Email, u.DistrictId, u.IsDisabled, u.SecurityStamp, u.ConcurrencyStamp,
            u.PasswordHash, u.LockoutEnd, u.AccessFailedCount,
        }).ToListAsync();
        var roles = await db.UserRoles.OrderBy(r => r.UserId).Select(r => r.UserId + ":" + r.RoleId).ToListAsync();
        return [.. users.Select(u => u.ToString() ?? ""), .. roles];
    }
}
