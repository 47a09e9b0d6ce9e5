namespace GroupCrm.Core.Organisation;

/// <summary>
/// One reason a user administration step was refused. <see cref="Message"/> is English text that is
/// also the localization key; <see cref="Arguments"/> fill its placeholders. <see cref="Field"/> names
/// the input it is about (a property of <see cref="NewUser"/> or <see cref="UserChanges"/>), or is empty.
/// </summary>
public sealed record UserAdminError(string Field, string Message, params object[] Arguments);

/// <summary>The outcome of a user administration step: done (with the user's id), or refused and nothing changed.</summary>
public sealed class UserAdminResult
{
    private UserAdminResult(int userId, bool notFound, IReadOnlyList<UserAdminError> errors) =>
        (UserId, NotFound, Errors) = (userId, notFound, errors);

    public int UserId { get; }
    public bool NotFound { get; }
    public IReadOnlyList<UserAdminError> Errors { get; }
    public bool Succeeded => !NotFound && Errors.Count == 0;

    public static UserAdminResult Done(int userId) => new(userId, false, []);

    public static UserAdminResult Refused(IEnumerable<UserAdminError> errors) => new(0, false, [.. errors]);

    public static UserAdminResult Refused(string field, string message, params object[] arguments) =>
        Refused([new UserAdminError(field, message, arguments)]);

    public static readonly UserAdminResult NoSuchUser = new(0, true, [new UserAdminError("", "There is no such user.")]);
}
