using System.Diagnostics;
using System.Globalization;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using GroupCrm.Core.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Bench.Letters;

/// <summary>
/// Delivery of queued letters to a real SMTP server on loopback, end to end as the outbox job does it: each
/// <see cref="OutboxDelivery.RunOnceAsync"/> in a scope of its own claims a batch, sends it over one connection
/// and marks every message Sent, batch after batch while batches come back full. Then checks that the server
/// received every letter exactly once. Against it, the floor: the same letters through the same SMTP transport
/// with no database at all.
/// </summary>
internal sealed class DeliveryBench(BenchServer server, int letters, IReadOnlyList<int> batchSizes, int runs)
{
    private const int Seed = 8;
    private readonly SqlStatements _statements = new();
    private long _lastLetterId;
    private bool _ok = true;

    public async Task<bool> RunAsync()
    {
        var connectionString = await server.EmptyAsync("letters_outbox");
        await using var sink = await SmtpSink.StartAsync();
        var random = new Random(Seed);
        var requests = Enumerable.Range(1, letters).Select(i => SampleLetters.Letter(i, random)).ToList();
        var sizes = requests.Select(r => Encoding.UTF8.GetByteCount(r.HtmlBody!) / 1024.0).ToList();
        var textSizes = requests.Select(r => Encoding.UTF8.GetByteCount(r.TextBody) / 1024.0).ToList();
        Console.WriteLine($"{letters:N0} letters: HTML {sizes.Min():0} to {sizes.Max():0} KB (mean {sizes.Average():0.0}), text {textSizes.Min():0} to {textSizes.Max():0} KB, " +
                          $"{requests.Average(r => r.To.Count + r.Cc.Count):0.0} recipients on average (2–3 To + 1 Cc).");
        Console.WriteLine($"SMTP: aiosmtpd on 127.0.0.1:{sink.Port}, no TLS.");
        Console.WriteLine();

        var rows = new List<string>();
        foreach (var batchSize in batchSizes)
            rows.Add(await MeasureAsync(connectionString, sink, requests, batchSize));
        var (count, seconds) = await NagleAsync(sink, [.. requests.Take(Math.Min(200, letters)).Select(Rekeyed)]);

        Console.WriteLine($"{runs} runs each of {letters:N0} letters; median (min–max).");
        Console.WriteLine();
        Console.WriteLine("| batch size | batches | delivery, s | letters/s end to end | SMTP, ms a letter | the rest, ms a letter | SQL statements a letter | in them, ms a letter | floor: SMTP only, letters/s | queueing, letters/s |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var row in rows) Console.WriteLine(row);
        Console.WriteLine();
        Console.WriteLine($"Without TCP_NODELAY (System.Net.Mail as it is, one connection): {count} letters in {seconds:0.0} s, {count / seconds:0.0} letters/s.");
        Console.WriteLine(_ok ? "Every letter reached the server exactly once, and every outbox row is Sent." : "**Deliveries were missing or repeated: see above.**");
        _statements.Dispose();
        return _ok;
    }

    /// <summary>The floor and the end-to-end delivery with one batch size; the table's row.</summary>
    private async Task<string> MeasureAsync(string connectionString, SmtpSink sink, List<MailRequest> requests, int batchSize)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mail:From"] = "GroupCrm <crm@groupcrm.example>",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = sink.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Smtp:EnableSsl"] = "false",
            ["Mail:Outbox:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
        };
        await using var services = BenchServer.Services(connectionString, settings,
            s => s.AddSingleton<IMailTransport>(sp => new TimedTransport(new SmtpMailTransport(sp.GetRequiredService<MailSettings>()))));
        var transport = (TimedTransport)services.GetRequiredService<IMailTransport>();
        var mailSettings = services.GetRequiredService<MailSettings>();

        // Untimed: the first DbContext builds EF Core's model; the first statements and the SMTP path are compiled.
        await DeliverAsync(services, connectionString, [.. requests.Take(20).Select(Rekeyed)], batchSize);

        // The floor: the same letters over the same transport, one connection per batch, no database.
        var floor = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var batch = requests.Select(Rekeyed).Select(r => ToMessage(r, mailSettings.From)).ToList();
            var before = sink.Received().Count;
            var start = Stopwatch.GetTimestamp();
            foreach (var chunk in batch.Chunk(batchSize))
                using (var session = new SmtpMailTransport(mailSettings).OpenSession())
                    foreach (var message in chunk) await session.SendAsync(message);
            floor.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            _ok &= Check(sink, before, batch.Select(m => m.MessageId), "floor");
        }

        var (queueing, total, sending, statements, inStatements) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var batches = 0;
        for (var run = 0; run < runs; run++)
        {
            var batch = requests.Select(Rekeyed).ToList();
            var before = sink.Received().Count;
            transport.Reset();
            var (queued, delivered, batchCount) = await DeliverAsync(services, connectionString, batch, batchSize);
            batches = batchCount;
            queueing.Add(queued);
            total.Add(delivered);
            sending.Add(transport.Sending.TotalSeconds);
            statements.Add((double)_statements.Count / letters);
            inStatements.Add(_statements.Time.TotalMilliseconds / letters);

            var sent = await BenchServer.CountAsync(connectionString, "SELECT count(*) FROM outgoing_messages WHERE state = 'Sent'");
            if (sent != letters)
            {
                Console.WriteLine($"  batch size {batchSize}, run {run + 1}: {sent:N0} of {letters:N0} Sent in the outbox");
                _ok = false;
            }
            _ok &= Check(sink, before, batch.Select(r => r.MessageId!), $"batch size {batchSize}, run {run + 1}");
        }

        Timing PerLetter(IEnumerable<double> seconds) => new([.. seconds.Select(t => t * 1000 / letters)]);
        Timing PerSecond(IEnumerable<double> seconds) => new([.. seconds.Select(t => letters / t)]);
        return $"| {batchSize} | {batches} | {new Timing(total).Show("0.0")} | **{PerSecond(total).Show("0")}** | " +
               $"{PerLetter(sending).Show("0.0")} | {PerLetter(total.Zip(sending, (t, s) => t - s)).Show("0.0")} | " +
               $"{statements.Average():0.00} | {new Timing(inStatements).Show("0.0")} | {PerSecond(floor).Show("0")} | {PerSecond(queueing).Show("0")} |";
    }

    /// <summary>
    /// From an empty outbox: queues the letters as approvals do (one statement a letter, a scope per hundred like
    /// separate requests), then delivers them as OutboxDeliveryJob does (a scope per batch, the next batch while the
    /// last came back full). Seconds spent queueing and delivering, and the number of batches.
    /// </summary>
    /// <remarks>The statements counted are the delivery's only.</remarks>
    private async Task<(double Queueing, double Delivery, int Batches)> DeliverAsync(
        ServiceProvider services, string connectionString, List<MailRequest> letters, int batchSize)
    {
        // sales_letters, the only table that refers to the outbox, is empty here.
        await BenchServer.ExecuteOnAsync(connectionString, "DELETE FROM outgoing_messages");
        await BenchServer.ExecuteOnAsync(connectionString, "VACUUM ANALYZE outgoing_messages");

        var start = Stopwatch.GetTimestamp();
        foreach (var chunk in letters.Chunk(100))
        {
            await using var scope = services.CreateAsyncScope();
            var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
            foreach (var request in chunk)
                if ((await outbox.EnqueueAsync(request)).State != MailState.Pending)
                    throw new InvalidOperationException($"Letter {request.SubjectKey} was not queued for sending.");
        }
        var queueing = Stopwatch.GetElapsedTime(start).TotalSeconds;

        var batches = 0;
        _statements.Reset();
        start = Stopwatch.GetTimestamp();
        DeliveryReport report;
        do
        {
            await using var scope = services.CreateAsyncScope();
            report = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().RunOnceAsync();
            if (report.Claimed > 0) batches++;
            if (report.Sent != report.Claimed) throw new InvalidOperationException($"A batch sent {report.Sent} of {report.Claimed}: {report}.");
        }
        while (report.Claimed == batchSize);
        var delivery = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return (queueing, delivery, batches);
    }

    /// <summary>Letters through a bare <see cref="SmtpClient"/> on one connection, without the app's TCP_NODELAY: what it saves.</summary>
    private static async Task<(int Count, double Seconds)> NagleAsync(SmtpSink sink, List<MailRequest> requests)
    {
        using var client = new SmtpClient("127.0.0.1", sink.Port) { EnableSsl = false, DeliveryMethod = SmtpDeliveryMethod.Network };
        var before = sink.Received().Count;
        var start = Stopwatch.GetTimestamp();
        foreach (var request in requests)
        {
            using var mail = new MailMessage(new MailAddress("crm@groupcrm.example", "GroupCrm"), new MailAddress(request.To[0].Split('<', '>')[1]))
            {
                Subject = request.Subject, SubjectEncoding = Encoding.UTF8, Body = request.TextBody, BodyEncoding = Encoding.UTF8,
            };
            mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(request.HtmlBody!, Encoding.UTF8, MediaTypeNames.Text.Html));
            mail.Headers["Message-ID"] = request.MessageId;
            await client.SendMailAsync(mail);
        }
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Check(sink, before, requests.Select(r => r.MessageId!), "without TCP_NODELAY", recipients: 1);
        return (requests.Count, seconds);
    }

    /// <summary>The same letter under a new id, so every run's letters can be told apart at the server.</summary>
    private MailRequest Rekeyed(MailRequest request)
    {
        var letterId = ++_lastLetterId;
        return request with { SubjectKey = letterId.ToString(CultureInfo.InvariantCulture), MessageId = $"<letter.{letterId}@groupcrm>" };
    }

    private static OutgoingMessage ToMessage(MailRequest request, string from) => new()
    {
        MessageId = request.MessageId!, Kind = request.Kind, SubjectKey = request.SubjectKey, FromAddress = from,
        ToAddresses = [.. request.To], CcAddresses = [.. request.Cc], Subject = request.Subject, TextBody = request.TextBody, HtmlBody = request.HtmlBody,
    };

    /// <summary>The server got exactly these Message-IDs since <paramref name="before"/>: none missing, none twice, nothing else.</summary>
    private static bool Check(SmtpSink sink, int before, IEnumerable<string> expected, string what, int recipients = 3)
    {
        var received = sink.Received().Skip(before).ToList();
        var wanted = expected.ToHashSet(StringComparer.Ordinal);
        var ids = received.Select(m => m.MessageId).ToList();
        var duplicates = ids.GroupBy(id => id, StringComparer.Ordinal).Count(g => g.Count() > 1);
        var missing = wanted.Except(ids, StringComparer.Ordinal).Count();
        var unexpected = ids.Distinct(StringComparer.Ordinal).Count(id => !wanted.Contains(id));
        var wrongShape = received.Count(m => m.ContentType != "multipart/alternative" || m.Recipients < recipients);
        if (received.Count == wanted.Count && duplicates == 0 && missing == 0 && unexpected == 0 && wrongShape == 0) return true;
        Console.WriteLine($"  {what}: received {received.Count:N0} of {wanted.Count:N0}; {duplicates} duplicated, {missing} missing, {unexpected} unexpected, {wrongShape} not multipart/alternative to {recipients}+ recipients");
        return false;
    }
}
