using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace GroupCrm.Bench.Letters;

/// <summary>One message as the sink logged it.</summary>
internal sealed record SinkedMail(string MessageId, int Bytes, int Recipients, string ContentType);

/// <summary>
/// A real SMTP server process on a free loopback port: Python's aiosmtpd (Debian's python3-aiosmtpd) running
/// smtp_sink.py, which accepts every message and logs its Message-ID, size and recipients.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly string _log;

    private SmtpSink(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        _log = Path.Combine(folder, "received.log");
        Port = port;
    }

    public int Port { get; }

    public static async Task<SmtpSink> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("groupcrm-bench-smtp-").FullName;
        var script = Path.Combine(folder, "smtp_sink.py");
        await using (var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("smtp_sink.py")!)
        await using (var file = File.Create(script))
            await resource.CopyToAsync(file);
        var log = Path.Combine(folder, "received.log");
        File.WriteAllText(log, "");
        var port = FreePort();
        var info = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { script, port.ToString(CultureInfo.InvariantCulture), log }) info.ArgumentList.Add(argument);
        var process = Process.Start(info)!;
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (ready != "ready")
        {
            process.Kill(entireProcessTree: true);
            lock (errors)
                throw new InvalidOperationException($"The SMTP sink did not start (it needs /usr/bin/python3 with aiosmtpd: apt-get install python3-aiosmtpd): {errors}");
        }
        return new SmtpSink(process, folder, port);
    }

    /// <summary>Every message accepted since the sink started, in order.</summary>
    public IReadOnlyList<SinkedMail> Received()
    {
        using var stream = new FileStream(_log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var mails = new List<SinkedMail>();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length == 4)
                mails.Add(new SinkedMail(cells[0], int.Parse(cells[1], CultureInfo.InvariantCulture), int.Parse(cells[2], CultureInfo.InvariantCulture), cells[3]));
        }
        return mails;
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close(); // the sink stops at the end of its input
        if (!_process.WaitForExit(5_000)) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
