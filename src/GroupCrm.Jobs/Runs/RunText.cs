using Quartz;

namespace GroupCrm.Jobs.Runs;

/// <summary>What a run's summary and error say, cut to the lengths the run history keeps.</summary>
public static class RunText
{
    public const int SummaryLength = 1000;
    public const int ErrorLength = 4000;
    public const int StartedByLength = 100;

    /// <summary>The job's own report of what it did: its <see cref="IJobRunReport.Summary"/> or the result as text; null when it said nothing.</summary>
    public static string? Summary(object? result) =>
        Cut(result is IJobRunReport report ? report.Summary : result?.ToString(), SummaryLength);

    /// <summary>
    /// The messages of an exception and its causes, outermost first. The scheduler reports an exception a
    /// job throws inside two wrappers that say only "Job threw an unhandled exception"; they give way to
    /// what they wrap. A <see cref="JobExecutionException"/> the job threw itself keeps its message.
    /// </summary>
    public static string? Error(Exception? exception)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is JobExecutionException { InnerException: JobExecutionProcessException } or JobExecutionProcessException { InnerException: not null }) continue;
            if (!string.IsNullOrWhiteSpace(e.Message) && !messages.Contains(e.Message.Trim())) messages.Add(e.Message.Trim());
        }
        return Cut(messages.Count == 0 ? exception?.GetType().Name : string.Join(" — ", messages), ErrorLength);
    }

    /// <summary>The text trimmed and, when longer than <paramref name="length"/>, cut with an ellipsis (never through a surrogate pair); null when empty.</summary>
    public static string? Cut(string? text, int length)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Length <= length) return text;
        var end = length - 1;
        if (char.IsHighSurrogate(text[end - 1])) end--;
        return string.Concat(text.AsSpan(0, end), "…");
    }
}
