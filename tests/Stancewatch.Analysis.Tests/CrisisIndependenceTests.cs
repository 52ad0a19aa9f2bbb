using Stancewatch.Analysis.Tests.Support;
using Stancewatch.Extraction.Actors;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;

namespace Stancewatch.Analysis.Tests;

/// <summary>The same code reads another crisis from its profile alone (here the 2020 Nagorno-Karabakh war).</summary>
public sealed class CrisisIndependenceTests
{
    [Theory]
    [InlineData("Turkey stands with Azerbaijan, the Turkish president said.", "TUR", "TUR", "SUPPORT")]
    [InlineData("Iran called for a ceasefire.", "IRN", "MEDIA", "CONCERN")]
    [InlineData("France refused to recognise the breakaway republic.", "FRA", "MEDIA", "NEUTRAL")]
    [InlineData("Russia reaffirmed the territorial integrity of Azerbaijan.", "RUS", "MEDIA", "SUPPORT")]
    public void OtherCrisisProfile_PlacesGovernments(string sentence, string subject, string claimant, string stance)
    {
        var crisis = new CrisisProfileLoader().Load(Path.Combine(Testing.SharedData.RepositoryRoot, "data", "crises", "nagorno-karabakh-2020.yaml"));
        var analyzer = new StanceAnalyzer(crisis, new AnalysisLexiconLoader().LoadDefault());
        var doc = new TestDoc().Actor("Turkey", "TUR").Actor("the Turkish president", "TUR", MentionKind.Role).Actor("Iran", "IRN")
            .Actor("France", "FRA").Actor("Russia", "RUS").Actor("Azerbaijan", "AZE").Sentence(sentence).Build();

        var claim = Assert.Single(analyzer.Analyze([doc]).Claims);

        Assert.Equal((subject, claimant, stance), (claim.Subject.Code, claim.Claimant.Code, claim.Stance.ToString()));
    }
}
