using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;
using Stancewatch.Testing;

namespace Stancewatch.Knowledge.Tests.Crises;

public sealed class CrisisProfileLoaderTests
{
    private const string Valid = """
        id: test-crisis
        title: A test crisis
        period: {from: 2020-01-01, to: null}
        parties:
          acting: {codes: [AAA], terms: ['Aland']}
          acted_on: {codes: [BBB], terms: ['Bland']}
        focal_acts:
          - id: war
            by: acting
            terms: ['war', 'offensive']
        cues:
          - id: condemn
            pattern: '\bcondemn\w*\W+(?:\w+\W+){0,2}?{war}'
            stance: OPPOSE
            negated: NEUTRAL
            priority: 40
        """;

    [Theory]
    [InlineData("russia-invasion-of-ukraine.yaml", "russia-invasion-of-ukraine", "RUS", "UKR")]
    [InlineData("nagorno-karabakh-2020.yaml", "nagorno-karabakh-2020", "AZE", "ARM")]
    public void Load_RepositoryProfiles(string file, string id, string acting, string actedOn)
    {
        var profile = new CrisisProfileLoader().Load(Path.Combine(SharedData.RepositoryRoot, "data", "crises", file));

        Assert.Equal(id, profile.Id);
        Assert.Equal([acting], profile.Acting.Codes);
        Assert.Equal([actedOn], profile.ActedOn.Codes);
        Assert.NotEmpty(profile.Cues);
        Assert.True(profile.IsParty(acting));
    }

    [Fact]
    public void LoadBuiltIn_IsTheRepositoryFile()
    {
        var builtIn = new CrisisProfileLoader().LoadBuiltIn();
        var file = new CrisisProfileLoader().Load(Path.Combine(SharedData.RepositoryRoot, "data", "crises", "russia-invasion-of-ukraine.yaml"));

        Assert.Equal(file.Cues.Select(c => c.Id), builtIn.Cues.Select(c => c.Id));
    }

    [Fact]
    public void Parse_ExpandsPlaceholdersIntoThePattern()
    {
        var cue = Assert.Single(new CrisisProfileLoader().Parse(Valid, "test.yaml").Cues);

        Assert.Matches(cue.Pattern, "They condemned the offensive.");
        Assert.DoesNotMatch(cue.Pattern, "They condemned the weather.");
        Assert.Equal((ScalePosition.OPPOSE, ScalePosition.NEUTRAL, 12), (cue.Stance!.Value, cue.Negated!.Value, cue.Line));
    }

    [Theory]
    [InlineData("{war}", "{peace}", "cues[0].pattern", "unknown placeholder {peace}")]
    [InlineData("stance: OPPOSE", "stance: AGAINST", "cues[0].stance", "'AGAINST' is not one of")]
    [InlineData("from: 2020-01-01", "from: 1 Jan 2020", "period.from", "not a date")]
    [InlineData("id: test-crisis", "name: test-crisis", "id", "is required")]
    [InlineData("by: acting", "by: nobody", "focal_acts[0].by", "must be 'acting' or 'acted_on'")]
    [InlineData("by: acting", "against: everyone", "focal_acts[0].against", "must be 'acting' or 'acted_on'")]
    public void Parse_ErrorNamesFileLineAndField(string from, string to, string field, string reason)
    {
        var ex = Assert.Throws<CrisisProfileException>(() => new CrisisProfileLoader().Parse(Valid.Replace(from, to, StringComparison.Ordinal), "test.yaml"));

        Assert.Equal(field, ex.Field);
        Assert.StartsWith("test.yaml:", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Line >= 1);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalysisLexicon_LoadsAndCompiles()
    {
        var lexicon = new AnalysisLexiconLoader().LoadDefault();

        Assert.Matches(lexicon.Negator, "Kazakhstan did not");
        Assert.Matches(lexicon.Negator, "Astana wouldn't");
        Assert.Contains(lexicon.Silence, p => p.IsMatch("Ashgabat, as always, is silent."));
        Assert.Contains(lexicon.VoteBodies, b => b.Code == "UNGA" && b.Pattern.IsMatch("the UN General Assembly"));
    }
}
