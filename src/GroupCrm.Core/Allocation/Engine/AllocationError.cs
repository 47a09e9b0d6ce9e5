using System.Globalization;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// One reason the input cannot be allocated. <see cref="Message"/> is English text that is also the
/// localization key; <see cref="Arguments"/> fill its placeholders. <see cref="RecipientIds"/> names every
/// recipient concerned (the message lists the first few), empty when the problem is the round itself.
/// </summary>
public sealed record AllocationError(AllocationProblem Problem, IReadOnlyList<int> RecipientIds, string Message, params object[] Arguments)
{
    /// <summary>The message with its placeholders filled, for logs and tests.</summary>
    public string Text => string.Format(CultureInfo.InvariantCulture, Message, Arguments);

    public override string ToString() => $"{Problem}: {Text}";
}

public enum AllocationProblem
{
    NoRecipients,
    PackSizeNotPositive,
    NegativeQuantity,
    NegativeReserve,
    ReserveAboveQuantity,
    DuplicateRecipient,
    NegativeBasis,
    NegativeCap,
    MaximumBelowMinimum,
    BasisTooLarge,
    MinimumsAbovePacksAvailable,
    NoPositiveBasis,
}
