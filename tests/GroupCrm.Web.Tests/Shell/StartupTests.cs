using System.Diagnostics;
using GroupCrm.Core.Hosting;

namespace GroupCrm.Web.Tests.Shell;

/// <summary>Runs the built app as a real process, as a newcomer would.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Without_PostgreSQL_programs_or_a_connection_string_the_app_says_so_in_one_sentence_and_exits()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "GroupCrm.Web.dll");
        var start = new ProcessStartInfo("dotnet", [app, "--LocalDatabase:BinFolder=/nonexistent", "--LocalDatabase:Folder=" + Path.GetTempPath()])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment.Remove("ConnectionStrings__Crm");

        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(2);
        stderr.Trim().ShouldBe(PostgresBinaries.MissingMessage);
    }
}
