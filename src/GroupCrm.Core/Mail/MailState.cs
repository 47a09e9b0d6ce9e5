namespace GroupCrm.Core.Mail;

/// <summary>Where an outgoing message is in its life. Stored by name.</summary>
public enum MailState
{
    /// <summary>Waiting for its next attempt (at <see cref="OutgoingMessage.NextAttemptAt"/>).</summary>
    Pending,

    /// <summary>Being handed to the mail server right now by the worker in <see cref="OutgoingMessage.ClaimedBy"/>.</summary>
    Sending,

    /// <summary>The mail server (or the pickup folder) accepted it.</summary>
    Sent,

    /// <summary>Every attempt failed; <see cref="OutgoingMessage.LastError"/> says why. Waits for a person to retry.</summary>
    Failed,

    /// <summary>Refused before sending (e.g. an invalid address); <see cref="OutgoingMessage.LastError"/> gives the reason.</summary>
    Held,

    /// <summary>Sending was interrupted: it may or may not have left. Never re-sent without a person deciding.</summary>
    Unknown,
}
