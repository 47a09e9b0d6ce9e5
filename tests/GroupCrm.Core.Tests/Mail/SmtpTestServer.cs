using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace GroupCrm.Core.Tests.Mail;

/// <summary>
/// A real SMTP server process (Python's aiosmtpd) on a free loopback port, for one test. It starts
/// stopped, so a test can first see the port closed (the mail server is down), then start it.
/// Debian's python3-aiosmtpd is what scripts/test.sh installs; a Python of one's own on PATH may
/// lack it, so the system interpreter is tried first.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private static readonly Lazy<string> Python = new(FindPython);
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly string _script;
    private Process? _process;

    public SmtpTestServer()
    {
        Folder = Directory.CreateTempSubdirectory("groupcrm-smtp-").FullName;
        _script = Path.Combine(Folder, "server.py");
        File.WriteAllText(_script, SmtpTestServerScript.Source);
        Inbox = Directory.CreateDirectory(Path.Combine(Folder, "inbox")).FullName;
        Port = FreePort();
    }

    public int Port { get; }
    public string Folder { get; }
    public string Inbox { get; }

    public async Task StartAsync()
    {
        if (_process is not null) return;
        var process = Start(Python.Value, _script, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Inbox);
        // Read its log as it comes, so a full pipe can never stall the server.
        var log = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (ready != "ready")
        {
            process.Kill(entireProcessTree: true);
            lock (log) throw new InvalidOperationException($"The SMTP test server did not start: {log}");
        }
        _process = process;
    }

    /// <summary>Stops the server the hard way, like a mail server that goes down.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process) return;
        _process = null;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    /// <summary>Every message the server has accepted so far.</summary>
    public IReadOnlyList<ReceivedMail> Received() =>
        [.. Directory.GetFiles(Inbox, "*.json").Order(StringComparer.Ordinal).Select(f => JsonSerializer.Deserialize<ReceivedMail>(File.ReadAllText(f), Json)!)];

    /// <summary>Reads an .eml file written by something else with the same parser.</summary>
    public static async Task<ReceivedMail> ParseAsync(string emlFile)
    {
        using var process = Start(Python.Value, "-c", SmtpTestServerScript.Source, "parse", emlFile);
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{emlFile} could not be parsed: {await process.StandardError.ReadToEndAsync()}");
        return JsonSerializer.Deserialize<ReceivedMail>(output, Json)!;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private static Process Start(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        return Process.Start(info)!;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string FindPython()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                using var probe = Start(candidate, "-c", "import aiosmtpd");
                probe.WaitForExit(30_000);
                if (probe.HasExited && probe.ExitCode == 0) return candidate;
            }
            catch (System.ComponentModel.Win32Exception) { } // not installed at that path
        }
        throw new InvalidOperationException("The mail tests need Python 3 with aiosmtpd: install the Debian package python3-aiosmtpd (scripts/test.sh does).");
    }
}
