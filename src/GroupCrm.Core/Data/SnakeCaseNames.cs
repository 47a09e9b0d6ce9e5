using System.Text;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Data;

/// <summary>
/// Names every table, column, key and index in snake_case, so hand-written SQL migrations and
/// ad-hoc queries need no quoting. (The EFCore.NamingConventions package is not available to us.)
/// </summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null) continue;
            if (table.Any(char.IsUpper)) entity.SetTableName(ToSnake(Plural(table)));
            // xmin is PostgreSQL's system column behind optimistic concurrency; it keeps its name.
            foreach (var property in entity.GetProperties().Where(p => !(p.IsConcurrencyToken && p.ClrType == typeof(uint))))
                property.SetColumnName(ToSnake(property.Name));
            foreach (var key in entity.GetKeys())
                key.SetName(ToSnake(key.GetName()!));
            foreach (var fk in entity.GetForeignKeys())
                fk.SetConstraintName(ToSnake(fk.GetConstraintName()!));
            foreach (var index in entity.GetIndexes())
                index.SetDatabaseName(ToSnake(index.GetDatabaseName()!));
        }
    }

    // DbSet names are already plural; entity names used as table names are not.
    private static string Plural(string name) => name.EndsWith('s') ? name : name + "s";

    public static string ToSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var prevLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextLower = i > 0 && i + 1 < name.Length && char.IsUpper(name[i - 1]) && char.IsLower(name[i + 1]);
                if (prevLower || nextLower) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
