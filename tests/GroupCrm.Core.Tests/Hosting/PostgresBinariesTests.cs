using GroupCrm.Core.Hosting;

namespace GroupCrm.Core.Tests.Hosting;

public sealed class PostgresBinariesTests
{
    [Fact]
    public void Finds_the_server_programs_of_this_machine()
    {
        var bin = PostgresBinaries.FindBinDirectory();
        bin.ShouldNotBeNull();
        File.Exists(Path.Combine(bin, "postgres")).ShouldBeTrue();
    }

    [Fact]
    public void Finds_nothing_where_there_is_no_PostgreSQL()
    {
        PostgresBinaries.FindBinDirectory(pathVariable: "/nonexistent", debianRoot: "/nonexistent").ShouldBeNull();
    }

    [Fact]
    public void The_missing_server_message_says_what_to_install_and_what_to_set_instead()
    {
        PostgresBinaries.MissingMessage.ShouldContain("apt-get install postgresql");
        PostgresBinaries.MissingMessage.ShouldContain("ConnectionStrings__Crm");
    }
}
