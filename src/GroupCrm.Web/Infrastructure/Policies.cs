namespace GroupCrm.Web.Infrastructure;

public static class Policies
{
    public const string Administrator = nameof(Administrator);
}
