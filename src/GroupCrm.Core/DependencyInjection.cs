using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Letters;
using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core;

public static class DependencyInjection
{
    /// <summary>The database, Identity's user store and rules, and the feature services.</summary>
    public static IdentityBuilder AddGroupCrmCore(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<CrmDbContext>(o => o.UseNpgsql(connectionString));
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<OrganisationCalendar>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<Onboarding.Records.HqRecordEditor>();
        services.AddScoped<Onboarding.Records.BuyerContacts>();
        services.AddScoped<Onboarding.Stores.StoreEditor>();
        services.AddScoped<Onboarding.Stores.StoreCsvImport>();
        services.AddScoped<Onboarding.Workflow.OnboardingWorkflow>();
        services.AddScoped<Onboarding.Workflow.AccountRegistration>();
        services.AddScoped<Onboarding.Workflow.SiteSurveyRecorder>();
        services.AddScoped<Onboarding.Documents.DocumentRegister>();
        services.AddScoped<Onboarding.Documents.ExpiryReminders>();
        services.AddScoped<Onboarding.Documents.NotificationInbox>();
        services.AddScoped<Sales.Targets.SalesTargets>();
        services.AddScoped<Sales.Targets.TargetCsvImport>();
        services.AddScoped<Sales.Forecasts.DemandForecasts>();
        services.AddScoped<Sales.Forecasts.ForecastScores>();
        services.AddSingleton<Sales.Import.SalesImportSettings>();
        services.AddScoped<Sales.Import.SalesImporter>();
        services.AddScoped<Sales.Import.SalesImportRollback>();
        services.AddScoped<Sales.Import.SalesImportHistory>();
        services.AddScoped<Sales.Analytics.AccountAnalytics>();
        services.AddScoped<Sales.Analytics.DistrictAnalytics>();
        services.AddScoped<Sales.Analytics.PortfolioAnalytics>();
        services.AddScoped<Sales.Products.ProductCatalogue>();
        services.AddScoped<Sales.Products.ProductNews>();
        services.AddScoped<Visits.Recording.VisitRecorder>();
        services.AddScoped<Visits.Recording.VisitDetailsQuery>();
        services.AddScoped<Visits.Recording.VisitFormChoices>();
        services.AddScoped<Visits.SpotChecks.IntegrityScores>();
        services.AddScoped<Visits.Plans.VisitPlans>();
        services.AddScoped<Visits.Plans.VisitPlanViews>();
        services.AddScoped<Visits.Plans.NotVisitedStores>();
        services.AddScoped<Visits.Appointments.HqAppointments>();
        services.AddScoped<Visits.Appointments.AppointmentCalendar>();
        services.AddScoped<Visits.Lists.VisitList>();
        services.AddScoped<Visits.Lists.FollowUpList>();
        services.AddScoped<Visits.Lists.FollowUps>();
        services.AddScoped<Visits.Prep.PrepSheets>();
        services.AddScoped<Allocation.Rounds.AllocationRounds>();
        services.AddScoped<Allocation.Rounds.RoundQueries>();
        services.AddScoped<Quotas.QuotaRuleBook>();
        services.AddScoped<Quotas.QuotaMonths>();
        services.AddScoped<Quotas.QuotaAudience>();
        services.AddScoped<Quotas.ComplianceEngine>();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<Quotas.Reminders.QuotaReminderLinks>();
        services.AddScoped<Quotas.Reminders.QuotaReminders>();
        // Core signs the notice acknowledgement links, so any host of Core can make one that the web app opens; the
        // host decides where the keys live (Web: DataProtection:KeysFolder).
        services.AddDataProtection().SetApplicationName("GroupCrm");
        services.AddSingleton<Allocation.Notices.NoticeSettings>();
        services.AddSingleton<Allocation.Notices.AcknowledgementLinks>();
        services.AddScoped<Allocation.Notices.NoticeDocuments>();
        services.AddScoped<Allocation.Notices.NoticeIssuer>();
        services.AddScoped<Allocation.Notices.NoticeAcknowledgements>();
        services.AddScoped<Allocation.Notices.NoticeTracking>();
        services.AddLetters();
        services.AddSingleton<Mail.MailSettings>();
        // No SMTP host configured: messages are written as .eml files (the zero-config default).
        services.AddSingleton<Mail.IMailTransport>(sp =>
        {
            var mail = sp.GetRequiredService<Mail.MailSettings>();
            return mail.UsesPickupDirectory ? new Mail.PickupDirectoryMailTransport(mail) : new Mail.SmtpMailTransport(mail);
        });
        services.AddScoped<Mail.MailOutbox>();
        services.AddScoped<Mail.OutboxDelivery>();
        return services
            .AddIdentityCore<CrmUser>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<int>>()
            .AddEntityFrameworkStores<CrmDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>();
    }
}
