using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace GroupCrm.Core.Organisation;

/// <summary>
/// Refuses passwords that are on a list of commonly used passwords, or that are just one character
/// or a keyboard run repeated. Length is checked by Identity (12); no composition rules, as NIST 800-63B advises.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<CrmUser>
{
    private static readonly HashSet<string> Common = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<CrmUser> manager, CrmUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var lowered = password.ToLowerInvariant();
        var weak = Common.Contains(lowered)
                   || lowered.Distinct().Count() <= 2
                   || IsRun(lowered)
                   || (user.UserName is { Length: >= 4 } name && lowered.Contains(name.ToLowerInvariant()));
        return Task.FromResult(weak
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "This password is too common or too easy to guess. Choose a longer phrase of your own." })
            : IdentityResult.Success);
    }

    // "123456789012", "abcdefghijkl", "qwertyuiopas": every character follows the one before.
    private static bool IsRun(string p)
    {
        const string rows = "0123456789012345678901 abcdefghijklmnopqrstuvwxyz qwertyuiopasdfghjklzxcvbnm 1qaz2wsx3edc4rfv5tgb6yhn";
        for (var i = 0; i + 4 <= p.Length; i++)
            if (!rows.Contains(p.Substring(i, 4), StringComparison.Ordinal)) return false;
        return true;
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GroupCrm.Core.Organisation.common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') set.Add(line.Trim().ToLowerInvariant());
        return set;
    }
}
