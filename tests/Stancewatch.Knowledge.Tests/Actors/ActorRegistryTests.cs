using Stancewatch.Knowledge.Actors;
using Stancewatch.Testing;

namespace Stancewatch.Knowledge.Tests.Actors;

public sealed class ActorRegistryTests
{
    private static readonly Lazy<ActorRegistry> Registry = new(() =>
        new ActorRegistryLoader().Load(Path.Combine(SharedData.RepositoryRoot, "data", "actors")));

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void CommittedFiles_PassValidation()
    {
        var issues = new ActorRegistryChecker().Check(Registry.Value);
        Assert.Empty(issues);
    }

    [Fact]
    public void CommittedFiles_CoverEveryUnMemberAndObserver()
    {
        var r = Registry.Value;
        Assert.Equal(193, r.States.Values.Count(s => s.Status == "UN member state"));
        Assert.Equal(2, r.States.Values.Count(s => s.Status == "UN observer state"));
    }

    [Theory]
    [InlineData("TKM", "2022-03-18", "gberdimuhamedov")]
    [InlineData("TKM", "2022-03-20", "sberdimuhamedov")]
    [InlineData("KAZ", "2019-03-19", "nazarbayev")]
    [InlineData("KAZ", "2022-02-26", "tokayev")]
    [InlineData("KGZ", "2020-12-01", "mamytov")]
    [InlineData("USA", "2022-02-26", "biden")]
    [InlineData("USA", "2025-03-01", "trump")]
    public void HoldersAt_GivesTheHeadOfStateOnThatDay(string actor, string date, string person)
    {
        var holder = Registry.Value.HoldersAt(actor, RoleKind.HeadOfState, D(date)).First();
        Assert.Equal(person, holder.Person.Id);
    }

    [Theory]
    [InlineData("Zhaparov", "sjaparov")]
    [InlineData("Dzhaparov", "sjaparov")]
    [InlineData("Tokaev", "tokayev")]
    [InlineData("Mirziyoev", "mirziyoyev")]
    [InlineData("Rakhmon", "rahmon")]
    [InlineData("Matvienko", "matviyenko")]
    [InlineData("Zelenskiy", "zelensky")]
    [InlineData("Berdymukhamedov", "gberdimuhamedov")]
    [InlineData("Erdogan", "erdogan")]
    public void Lookup_FindsTransliterationVariants(string name, string person)
    {
        Assert.Contains(Registry.Value.Lookup(name), e => e.Target == person);
    }

    [Fact]
    public void Lookup_SurnameSharedByTwoPeople_GivesBoth()
    {
        var targets = Registry.Value.Lookup("Japarov").Select(e => e.Target).ToHashSet();
        Assert.Contains("sjaparov", targets);
        Assert.Contains("ajaparov", targets);
    }

    [Theory]
    [InlineData("Nur-Sultan", EntryKind.Capital, "KAZ")]
    [InlineData("Ak Orda", EntryKind.Seat, "KAZ")]
    [InlineData("Kiev", EntryKind.Capital, "UKR")]
    [InlineData("the Kremlin", EntryKind.Seat, "RUS")]
    [InlineData("Zhongnanhai", EntryKind.Seat, "CHN")]
    [InlineData("Downing Street", EntryKind.Seat, "GBR")]
    [InlineData("Kazakhstani", EntryKind.Adjective, "KAZ")]
    [InlineData("Khovar", EntryKind.Medium, "khovar")]
    [InlineData("Swaziland", EntryKind.FormerName, "SWZ")]
    [InlineData("Serb", EntryKind.Adjective, "SRB")] // the singular of the demonym "Serbs"
    public void Lookup_FindsMetonymsAdjectivesMediaAndFormerNames(string name, EntryKind kind, string target)
    {
        Assert.Contains(Registry.Value.Lookup(name), e => e.Kind == kind && e.Target == target);
    }

    [Theory]
    [InlineData("Serbs", "Serb")]
    [InlineData("New Zealanders", "New Zealander")]
    [InlineData("Swiss", null)]
    [InlineData("Thai", null)]
    public void SingularDemonym_DropsThePluralS(string demonym, string? singular) =>
        Assert.Equal(singular, ActorRegistry.SingularDemonym(demonym));

    [Fact]
    public void SingularDemonym_IsCaseSensitive() =>
        Assert.Contains(Registry.Value.Lookup("Pole"), e => e.Target == "POL" && e.CaseSensitive);

    [Fact]
    public void MembersAt_FollowsDatedMembership()
    {
        Assert.DoesNotContain("FIN", Registry.Value.MembersAt("NATO", D("2022-03-01")));
        Assert.Contains("FIN", Registry.Value.MembersAt("NATO", D("2023-05-01")));
        Assert.Contains("GBR", Registry.Value.MembersAt("EU", D("2019-05-01")));
        Assert.DoesNotContain("GBR", Registry.Value.MembersAt("EU", D("2022-05-01")));
    }

    [Fact]
    public void TopOrganisation_MapsOrgansToTheirOrganisation()
    {
        Assert.Equal("UN", Registry.Value.TopOrganisation("UNGA"));
        Assert.Equal("EU", Registry.Value.TopOrganisation("EUCOM"));
    }

    [Fact]
    public void Checker_ReportsOverlappingRoles()
    {
        string dir = CopyData();
        File.AppendAllText(Path.Combine(dir, "roles.jsonl"),
            "{\"person\": \"mamin\", \"actor\": \"KAZ\", \"sector\": \"GOV\", \"role\": \"HeadOfState\", \"title\": \"President\", \"from\": \"2020-01-01\", \"to\": \"2020-02-01\", \"source\": \"https://example.org/x\"}\n");
        var issues = new ActorRegistryChecker().Check(new ActorRegistryLoader().Load(dir));
        Assert.Contains(issues, i => i.Kind == "overlapping-roles" && i.Message.Contains("mamin", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_ReportsMissingSourceAndDuplicateName()
    {
        string dir = CopyData();
        File.AppendAllText(Path.Combine(dir, "countries.jsonl"),
            "{\"code\": \"ZZZ\", \"kind\": \"name\", \"value\": \"Kazakhstan\"}\n");
        var issues = new ActorRegistryChecker().Check(new ActorRegistryLoader().Load(dir));
        Assert.Contains(issues, i => i.Kind == "missing-source" && i.Message.Contains("ZZZ", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Kind == "duplicate-name" && i.Message.Contains("kazakhstan", StringComparison.Ordinal));
    }

    [Fact]
    public void Loader_NamesFileLineAndFieldOfABadRecord()
    {
        string dir = CopyData();
        int lines = File.ReadAllLines(Path.Combine(dir, "roles.jsonl")).Length;
        File.AppendAllText(Path.Combine(dir, "roles.jsonl"),
            "{\"person\": \"tokayev\", \"actor\": \"KAZ\", \"sector\": \"GOV\", \"role\": \"HeadOfState\", \"title\": \"President\", \"from\": \"2019-3-20\", \"source\": \"https://example.org\"}\n");
        var e = Assert.Throws<KnowledgeLoadException>(() => new ActorRegistryLoader().Load(dir));
        Assert.Equal("roles.jsonl", e.File);
        Assert.Equal(lines + 1, e.Line);
        Assert.Equal("from", e.Field);
        Assert.StartsWith($"roles.jsonl:{lines + 1}: field 'from'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_RejectsAnUnknownActorCode()
    {
        string dir = CopyData();
        File.AppendAllText(Path.Combine(dir, "media.jsonl"), "{\"medium\": \"x\", \"actor\": \"XYZ\", \"kind\": \"name\", \"value\": \"X News\", \"source\": \"https://example.org\"}\n");
        var e = Assert.Throws<KnowledgeLoadException>(() => new ActorRegistryLoader().Load(dir));
        Assert.Equal("actor", e.Field);
    }

    private static string CopyData()
    {
        string dir = Path.Combine(Path.GetTempPath(), "sw-kb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "data", "actors")))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        return dir;
    }
}
