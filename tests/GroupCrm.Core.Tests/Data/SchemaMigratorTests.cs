using GroupCrm.Core.Data;
using GroupCrm.Core.Tests.Infrastructure;
using Npgsql;

namespace GroupCrm.Core.Tests.Data;

public sealed class SchemaMigratorTests
{
    private static readonly MigrationScript First = new("0001_first.sql", "CREATE TABLE first_table (id int PRIMARY KEY);");
    private static readonly MigrationScript Second = new("0002_second.sql", "CREATE TABLE second_table (id int PRIMARY KEY);");

    [Fact]
    public async Task Applies_each_script_once_and_records_its_checksum()
    {
        var db = await TestPostgres.CreateEmptyDatabaseAsync();
        var migrator = new SchemaMigrator(db);

        (await migrator.MigrateAsync([First])).ShouldBe(["0001_first.sql"]);
        (await migrator.MigrateAsync([First, Second])).ShouldBe(["0002_second.sql"]);
        (await migrator.MigrateAsync([First, Second])).ShouldBeEmpty();

        (await Scalar(db, "SELECT count(*) FROM schema_history")).ShouldBe(2L);
        (await Scalar(db, "SELECT checksum FROM schema_history WHERE script = '0001_first.sql'")).ShouldBe(First.Checksum);
        await TestPostgres.DropDatabaseAsync(db);
    }

    [Fact]
    public async Task An_edited_script_that_was_already_applied_is_refused_with_a_clear_error()
    {
        var db = await TestPostgres.CreateEmptyDatabaseAsync();
        var migrator = new SchemaMigrator(db);
        await migrator.MigrateAsync([First]);

        var edited = First with { Sql = "CREATE TABLE first_table (id bigint PRIMARY KEY);" };
        var error = await Should.ThrowAsync<MigrationChangedException>(() => migrator.MigrateAsync([edited, Second]));

        error.Message.ShouldContain("0001_first.sql");
        error.Message.ShouldContain("edited after it was applied");
        (await Scalar(db, "SELECT count(*) FROM schema_history")).ShouldBe(1L, "nothing after the edited script runs");
        await TestPostgres.DropDatabaseAsync(db);
    }

    [Fact]
    public async Task A_failing_script_leaves_nothing_half_applied()
    {
        var db = await TestPostgres.CreateEmptyDatabaseAsync();
        var broken = new MigrationScript("0002_broken.sql", "CREATE TABLE half_done (id int); SELECT no_such_function();");

        await Should.ThrowAsync<PostgresException>(() => new SchemaMigrator(db).MigrateAsync([First, broken]));

        (await Scalar(db, "SELECT count(*) FROM schema_history")).ShouldBe(1L);
        (await Scalar(db, "SELECT to_regclass('half_done') IS NULL")).ShouldBe(true);
        await TestPostgres.DropDatabaseAsync(db);
    }

    [Fact]
    public async Task Two_instances_migrating_at_once_apply_each_script_exactly_once()
    {
        var db = await TestPostgres.CreateEmptyDatabaseAsync();
        var slow = new MigrationScript("0001_slow.sql", "SELECT pg_sleep(0.5); CREATE TABLE slow_table (id int);");

        var results = await Task.WhenAll(new SchemaMigrator(db).MigrateAsync([slow]), new SchemaMigrator(db).MigrateAsync([slow]));

        results.Sum(r => r.Count).ShouldBe(1);
        (await Scalar(db, "SELECT count(*) FROM schema_history")).ShouldBe(1L);
        await TestPostgres.DropDatabaseAsync(db);
    }

    [Fact]
    public void The_embedded_scripts_are_numbered_and_in_order()
    {
        var names = SchemaMigrator.EmbeddedScripts().Select(s => s.Name).ToList();
        names.ShouldNotBeEmpty();
        names.ShouldAllBe(n => System.Text.RegularExpressions.Regex.IsMatch(n, @"^\d{4}_[a-z0-9_]+\.sql$"));
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList());
    }

    private static async Task<object?> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
