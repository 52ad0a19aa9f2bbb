using Stancewatch.Text.Publishers;

namespace Stancewatch.Text.Tests.Publishers;

public sealed class PublisherRegistryTests
{
    private readonly PublisherRegistry registry = PublisherRegistry.LoadDefault();

    [Theory]
    [InlineData("kremlin.ru", VoiceKind.Presidential, "RUS")]
    [InlineData("http://en.kremlin.ru/events/president/news/67838", VoiceKind.Presidential, "RUS")]
    [InlineData("www.akorda.kz", VoiceKind.Presidential, "KAZ")]
    [InlineData("president.uz", VoiceKind.Presidential, "UZB")]
    [InlineData("president.kg", VoiceKind.Presidential, "KGZ")]
    [InlineData("president.tj", VoiceKind.Presidential, "TJK")]
    [InlineData("tass.com", VoiceKind.StateMedia, "RUS")]
    [InlineData("tass.ru", VoiceKind.StateMedia, "RUS")]
    [InlineData("ria.ru", VoiceKind.StateMedia, "RUS")]
    [InlineData("khovar.tj", VoiceKind.StateMedia, "TJK")]
    [InlineData("kabar.kg", VoiceKind.StateMedia, "KGZ")]
    [InlineData("uza.uz", VoiceKind.StateMedia, "UZB")]
    [InlineData("tdh.gov.tm", VoiceKind.StateMedia, "TKM")]
    [InlineData("turkmenistan.gov.tm", VoiceKind.Government, "TKM")]
    [InlineData("mid.ru", VoiceKind.ForeignMinistry, "RUS")]
    [InlineData("nz.china-embassy.gov.cn", VoiceKind.ForeignMinistry, "CHN")]
    [InlineData("english.news.cn", VoiceKind.StateMedia, "CHN")]
    public void VoiceOfHost_KnowsGovernmentVoices(string host, VoiceKind kind, string country)
    {
        PublisherVoice v = registry.VoiceOfHost(host);
        Assert.Equal(kind, v.Kind);
        Assert.Equal(country, v.Country);
        Assert.True(v.IsGovernment);
        Assert.StartsWith("http", v.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timesca.com")]
    [InlineData("some-blog.example.net")]
    [InlineData("gov.example")]
    public void VoiceOfHost_UnlistedOrIndependent_IsIndependent(string host)
    {
        PublisherVoice v = registry.VoiceOfHost(host);
        Assert.Equal(VoiceKind.Independent, v.Kind);
        Assert.False(v.IsGovernment);
        Assert.Null(v.Country);
    }

    [Fact]
    public void VoiceOf_PrefersTheUrlHost_ThenThePublisherField()
    {
        Assert.Equal("RUS", registry.VoiceOf("https://tass.com/world/1", "Some aggregator").Country);
        Assert.Equal("RUS", registry.VoiceOf("https://aggregator.example.com/x", "tass.com").Country);
        Assert.Equal(VoiceKind.Independent, registry.VoiceOf(null, null).Kind);
    }

    [Theory]
    [InlineData("host\tkind\tcountry\tname\tsource\nexample.org\tpresidential\tXX\tName\thttps://example.org/\n", "file.tsv:2: country:")]
    [InlineData("host\tkind\tcountry\tname\tsource\nexample.org\tprime-minister\tKAZ\tName\thttps://example.org/\n", "file.tsv:2: kind:")]
    [InlineData("host\tkind\tcountry\tname\tsource\nexample.org\tpresidential\tKAZ\tName\n", "file.tsv:2: row:")]
    [InlineData("host\tkind\tcountry\tname\tsource\n# comment\nexample.org\tpresidential\tKAZ\tName\tnot a url\n", "file.tsv:3: source:")]
    [InlineData("hosts\tkinds\n", "file.tsv:1: header:")]
    public void Load_MalformedRows_NameFileLineAndField(string tsv, string expected)
    {
        var ex = Assert.Throws<PublisherFileException>(() => PublisherRegistry.Load(new StringReader(tsv), "file.tsv"));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }
}
