using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Letters;

/// <summary>The monthly letters' services: bulletins, templates, drafting and review.</summary>
internal static class LetterServices
{
    public static IServiceCollection AddLetters(this IServiceCollection services)
    {
        services.AddScoped<Review.LetterDelivery>();
        services.AddScoped<Review.LetterReview>();
        services.AddSingleton<Templates.ILetterRenderer, Templates.HandlebarsLetterRenderer>();
        services.AddScoped<Templates.LetterTemplates>();
        services.AddScoped<Templates.LetterRendering>();
        services.AddSingleton<Templates.TemplatePreviews>();
        services.AddScoped<Templates.TemplatePreviewer>();
        services.AddScoped<Drafting.LetterFacts>();
        services.AddScoped<Drafting.LetterDrafting>();
        services.AddScoped<Bulletins.MarketBulletins>();
        return services;
    }
}
