namespace GroupCrm.Core.Hosting;

/// <summary>Finds the PostgreSQL server programs on this machine: on PATH, else the newest /usr/lib/postgresql/*/bin.</summary>
public static class PostgresBinaries
{
    public const string MissingMessage =
        "No database is configured and no PostgreSQL server programs (initdb, pg_ctl) were found: " +
        "install PostgreSQL (Debian: apt-get install postgresql) or set ConnectionStrings__Crm to an existing database.";

    public static string? FindBinDirectory(string? pathVariable = null, string debianRoot = "/usr/lib/postgresql")
    {
        var path = pathVariable ?? Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            if (HasServer(dir)) return Path.GetDirectoryName(ResolveLink(Path.Combine(dir, "pg_ctl")));

        if (!Directory.Exists(debianRoot)) return null;
        return Directory.GetDirectories(debianRoot)
            .Select(d => Path.Combine(d, "bin"))
            .Where(HasServer)
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    /// <returns>The folder when it holds the server programs, else null.</returns>
    public static string? Check(string folder) => HasServer(folder) ? folder : null;

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

    // pg_ctl finds postgres next to itself, so use the real folder when PATH holds symlinks.
    private static string ResolveLink(string file) =>
        new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file;
}
