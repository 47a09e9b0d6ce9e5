using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Letters;

/// <summary>The monthly letters' services: bulletins, templates, drafting and review.</summary>
internal static class LetterServices
{
    public static IServiceCollection AddLetters(this IServiceCollection services)
    {
        return services;
    }
}
