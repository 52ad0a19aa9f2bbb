using Stancewatch.Extraction.Lexicons;
using Stancewatch.Testing;

namespace Stancewatch.Extraction.Tests.Lexicons;

public sealed class EventLexiconReaderTests
{
    [Fact]
    public void DefaultLexicon_LoadsEveryFile()
    {
        var lexicon = EventLexiconReader.LoadDefault();
        Assert.Contains(lexicon.Verbs["meet"], p => p.Type == PloverEvent.CONSULT);
        Assert.Contains(lexicon.Nouns["sanction"], p => p.Type == PloverEvent.SANCTION);
        Assert.True(lexicon.Is("reportedly", CueCategory.Uncertainty));
        Assert.Equal(ReportingKind.Quote, lexicon.ReportingVerbs["quote"]);
    }

    [Fact]
    public void SpecificPatternsComeFirst()
    {
        var send = EventLexiconReader.LoadDefault().Verbs["send"];
        Assert.All(send, p => Assert.False(p.Constraint.IsEmpty));
        var call = EventLexiconReader.LoadDefault().Verbs["call"];
        Assert.NotNull(call[0].Particle);
    }

    [Fact]
    public void BadPloverName_NamesFileLineAndField()
    {
        var e = Assert.Throws<LexiconFormatException>(() =>
            EventLexiconReader.ReadPatterns(new StringReader("# c\nmeet\t-\tMEETING\t040\t-\t-\tobj\t-\n"), "x.tsv"));
        Assert.Equal("x.tsv:2: field 'plover': 'MEETING' is not a PLOVER event type", e.Message);
    }

    [Fact]
    public void CameoTable_NormalisesDraftNames()
    {
        var table = CameoPloverTable.ReadFile(SharedData.Require("eval/CAMEO2PLOVER-2021.txt"));
        Assert.Equal(PloverEvent.DISAPPROVE, table.Map("112")!.Type);
        Assert.Equal(PloverEvent.SANCTION, table.Map("163")!.Type);
        Assert.Equal(PloverEvent.DEMAND, table.Map("1031")!.Type);
        Assert.Equal(PloverEvent.INVESTIGATE, table.Map("091")!.Type);
        Assert.Equal(PloverEvent.CONSULT, table.Map("0412")!.Type);
        Assert.Null(table.Map("010"));
    }

    [Fact]
    public void CameoImporter_ReadsVerbsAndObjectPatterns()
    {
        var table = CameoPloverTable.ReadFile(SharedData.Require("eval/CAMEO2PLOVER-2021.txt"));
        var patterns = CameoVerbDictionaryReader.ReadFile(SharedData.Require("dictionaries/CAMEO.2.0.txt"), table);
        Assert.True(patterns.Length > 1000);
        Assert.Contains(patterns, p => p.Lemma == "refuse" && p.Constraint.Contains("request") && p.Type == PloverEvent.REJECT);
        Assert.DoesNotContain(patterns, p => p.Cameo is not null && p.Cameo.StartsWith("01", StringComparison.Ordinal));
    }
}
