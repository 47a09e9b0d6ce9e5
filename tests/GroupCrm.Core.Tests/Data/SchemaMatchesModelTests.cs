using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Data;

/// <summary>
/// The SQL scripts are the schema; the EF model must describe exactly the same tables. We compare the
/// migrated database with a scratch database built from the model's own create script.
/// </summary>
public sealed class SchemaMatchesModelTests(DatabaseFixture migrated) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Migrated_schema_matches_the_EF_model()
    {
        var scratch = await TestPostgres.CreateEmptyDatabaseAsync();
        try
        {
            await using (var db = migrated.CreateContext())
                await TestPostgres.ExecuteOnAsync(scratch, db.Database.GenerateCreateScript());

            var fromScripts = await SchemaSnapshot.ReadAsync(migrated.ConnectionString);
            var fromModel = await SchemaSnapshot.ReadAsync(scratch);

            fromScripts.Count.ShouldBeGreaterThan(50);
            fromScripts.Except(fromModel).ShouldBeEmpty("in the SQL scripts but not in the EF model");
            fromModel.Except(fromScripts).ShouldBeEmpty("in the EF model but not in the SQL scripts");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(scratch);
        }
    }
}
