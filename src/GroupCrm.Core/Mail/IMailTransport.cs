namespace GroupCrm.Core.Mail;

/// <summary>
/// How messages leave the building: an SMTP server, or a folder of .eml files. One session carries a
/// whole batch, so an SMTP transport opens one connection for it.
/// </summary>
public interface IMailTransport
{
    IMailSession OpenSession();
}

/// <summary>One batch's connection. Disposing it closes the connection.</summary>
public interface IMailSession : IDisposable
{
    /// <summary>Hands one message over; returns when the server (or the folder) has accepted it, throws when not.</summary>
    Task SendAsync(OutgoingMessage message);
}
