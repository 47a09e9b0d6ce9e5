using System.Net.Mail;
using System.Net.Sockets;

namespace GroupCrm.Core.Mail;

/// <summary>Reads an exception from a transport: what to record, and whether the whole connection is gone.</summary>
internal static class SendFailure
{
    public const int MaxLength = 2000;

    /// <summary>
    /// The server cannot be reached or closed on us (not: it refused this one message). The rest of the
    /// batch would only wait for the same timeout, so it is put off together.
    /// </summary>
    public static bool IsConnectionLost(Exception e) =>
        e is SmtpException { StatusCode: SmtpStatusCode.GeneralFailure or SmtpStatusCode.ServiceNotAvailable }
        || e.InnerException is SocketException or IOException
        || e is IOException or SocketException or UnauthorizedAccessException;

    /// <summary>The exception's message and its causes', e.g. "Failure sending mail. — Connection refused".</summary>
    public static string Describe(Exception e)
    {
        var parts = new List<string>();
        for (var x = e; x is not null; x = x.InnerException)
            if (!parts.Contains(x.Message)) parts.Add(x.Message);
        var text = string.Join(" — ", parts);
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }
}
