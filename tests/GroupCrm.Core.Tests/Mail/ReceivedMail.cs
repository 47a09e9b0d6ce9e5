namespace GroupCrm.Core.Tests.Mail;

/// <summary>A message as Python's e-mail package read it (see <see cref="SmtpTestServerScript"/>).</summary>
public sealed record ReceivedMail(
    string? MessageId, string Subject, List<MailboxName> From, List<MailboxName> To, List<MailboxName> Cc,
    string ContentType, List<ReceivedPart> Parts, int PeerPort = 0, string? MailFrom = null, List<string>? RcptTos = null)
{
    public ReceivedPart Part(string type) => Parts.Single(p => p.Type == type);
}

public sealed record MailboxName(string Address, string Name);

public sealed record ReceivedPart(string Type, string? Charset, string Text)
{
    /// <summary>The text with line ends as written in C# ("\n").</summary>
    public string Normalised => Text.Replace("\r\n", "\n").TrimEnd('\n');
}
