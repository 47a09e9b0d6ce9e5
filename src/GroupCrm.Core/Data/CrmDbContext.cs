using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Visits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Data;

public sealed class CrmDbContext(DbContextOptions<CrmDbContext> options)
    : IdentityDbContext<CrmUser, IdentityRole<int>, int>(options)
{
    public DbSet<District> Districts => Set<District>();
    public DbSet<GroupAccount> Accounts => Set<GroupAccount>();
    public DbSet<BuyerContact> BuyerContacts => Set<BuyerContact>();
    public DbSet<CustomerCategory> CustomerCategories => Set<CustomerCategory>();
    public DbSet<Store> Stores => Set<Store>();
    public DbSet<AccountTransition> AccountTransitions => Set<AccountTransition>();
    public DbSet<SiteSurvey> SiteSurveys => Set<SiteSurvey>();
    public DbSet<DocumentType> DocumentTypes => Set<DocumentType>();
    public DbSet<AccountDocument> AccountDocuments => Set<AccountDocument>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<MonthlySale> MonthlySales => Set<MonthlySale>();
    public DbSet<PriceChange> PriceChanges => Set<PriceChange>();
    public DbSet<SalesImport> SalesImports => Set<SalesImport>();
    public DbSet<SalesImportCell> SalesImportCells => Set<SalesImportCell>();
    public DbSet<SalesImportBackup> SalesImportBackups => Set<SalesImportBackup>();
    public DbSet<SalesTarget> SalesTargets => Set<SalesTarget>();
    public DbSet<DemandForecast> DemandForecasts => Set<DemandForecast>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<VisitProductCheck> VisitProductChecks => Set<VisitProductCheck>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<HqAppointment> HqAppointments => Set<HqAppointment>();
    public DbSet<VisitPlan> VisitPlans => Set<VisitPlan>();
    public DbSet<PlannedVisit> PlannedVisits => Set<PlannedVisit>();
    public DbSet<Mail.OutgoingMessage> OutgoingMessages => Set<Mail.OutgoingMessage>();
    public DbSet<Quotas.QuotaRule> QuotaRules => Set<Quotas.QuotaRule>();
    public DbSet<Allocation.Rounds.AllocationRound> AllocationRounds => Set<Allocation.Rounds.AllocationRound>();
    public DbSet<Allocation.Rounds.RoundLine> RoundLines => Set<Allocation.Rounds.RoundLine>();
    public DbSet<Allocation.Rounds.RoundStoreLine> RoundStoreLines => Set<Allocation.Rounds.RoundStoreLine>();
    public DbSet<Allocation.Rounds.RoundEvent> RoundEvents => Set<Allocation.Rounds.RoundEvent>();
    public DbSet<Allocation.Notices.AllocationNotice> AllocationNotices => Set<Allocation.Notices.AllocationNotice>();
    public DbSet<Letters.Bulletins.MarketBulletin> MarketBulletins => Set<Letters.Bulletins.MarketBulletin>();
    public DbSet<Letters.Templates.LetterTemplate> LetterTemplates => Set<Letters.Templates.LetterTemplate>();
    public DbSet<Letters.SalesLetter> SalesLetters => Set<Letters.SalesLetter>();
    public DbSet<Scheduling.JobRun> JobRuns => Set<Scheduling.JobRun>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<CrmUser>().ToTable("users");
        builder.Entity<IdentityRole<int>>().ToTable("roles");
        builder.Entity<IdentityUserRole<int>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<int>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<int>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<int>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<int>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly);
        SnakeCaseNames.Apply(builder);
    }
}
