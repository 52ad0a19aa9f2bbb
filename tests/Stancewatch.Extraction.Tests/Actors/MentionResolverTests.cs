using System.Collections.Immutable;
using Stancewatch.Extraction.Actors;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Tokenization;
using Stancewatch.Testing;

namespace Stancewatch.Extraction.Tests.Actors;

public sealed class MentionResolverTests
{
    private static readonly Pipeline Language = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Build();

    private static ImmutableArray<ActorMention> Resolve(string text, string date = "2022-03-01") =>
        Some.Resolver.Resolve(Language.Annotate(AnnotatedDocument.FromText("t", text)), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    private static ActorMention At(ImmutableArray<ActorMention> mentions, string text, string words) =>
        mentions.FirstOrDefault(m => m.Range.Slice(text).Contains(words, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no mention covers '{words}'; mentions: {string.Join(" | ", mentions.Select(m => m.Range.Slice(text)))}");

    [Theory]
    [InlineData("Sadyr Zhaparov spoke to reporters on Monday.", "Zhaparov", "KGZ", "GOV", "Sadyr Japarov")]
    [InlineData("Mr Tokaev met the delegation.", "Tokaev", "KAZ", "GOV", "Kassym-Jomart Tokayev")]
    [InlineData("Valentina Matvienko opened the session.", "Matvienko", "RUS", "LEG", "Valentina Matviyenko")]
    [InlineData("Emomali Rakhmon's office said nothing.", "Rakhmon", "TJK", "GOV", "Emomali Rahmon")]
    [InlineData("Volodymyr Zelenskiy thanked the donors.", "Zelenskiy", "UKR", "GOV", "Volodymyr Zelensky")]
    [InlineData("Dmitry Peskov told journalists that talks continue.", "Peskov", "RUS", "GOV", "Dmitry Peskov")]
    public void Names_ResolveWithVariantsAndPossessives(string text, string words, string code, string sector, string person)
    {
        var m = At(Resolve(text), text, words);
        Assert.Equal(MentionKind.Person, m.Kind);
        Assert.Equal(code, m.Actors[0].Code);
        Assert.Equal(sector, m.Actors[0].Sector);
        Assert.Equal(person, m.Actors[0].Name);
    }

    [Fact]
    public void SurnameAndFirstName_AfterAFullMention_ResolveToThatPerson()
    {
        const string text = "Akylbek Japarov chaired the cabinet meeting. Later Japarov visited a factory, and Akylbek spoke to workers.";
        var mentions = Resolve(text);
        Assert.All(mentions.Where(m => m.Kind == MentionKind.Person), m => Assert.Equal("Akylbek Japarov", m.Actors[0].Name));
        Assert.Equal(3, mentions.Count(m => m.Kind == MentionKind.Person));
    }

    [Fact]
    public void SharedSurname_WithoutFullMention_PrefersTheMoreSeniorOffice()
    {
        const string text = "Japarov signed the decree.";
        var m = At(Resolve(text), text, "Japarov");
        Assert.Equal("Sadyr Japarov", m.Actors[0].Name);
        Assert.True(m.Confidence < 0.9);
    }

    [Theory]
    [InlineData("Gurbanguly Berdimuhamedov addressed the nation.", "2022-03-18", "President", "GOV")]
    [InlineData("Gurbanguly Berdimuhamedov addressed the nation.", "2022-04-10", "Chairman of the Halk Maslahaty", "LEG")]
    [InlineData("Nursultan Nazarbayev addressed the nation.", "2022-06-01", "former Chairman of the Security Council", "ELI")]
    [InlineData("Nursultan Nazarbayev addressed the nation.", "2018-06-01", "President", "GOV")]
    public void RoleEndedBeforeTheDocumentDate_IsNotTheGovernmentVoice(string text, string date, string role, string sector)
    {
        var m = Resolve(text, date).First(x => x.Kind == MentionKind.Person);
        Assert.Equal(role, m.Role);
        Assert.Equal(sector, m.Actors[0].Sector);
    }

    [Theory]
    [InlineData("The Turkmen president spoke first.", "2022-03-01", "Gurbanguly Berdimuhamedov")]
    [InlineData("The Turkmen president spoke first.", "2022-05-01", "Serdar Berdimuhamedov")]
    [InlineData("The Kyrgyz president called for calm.", "2022-03-01", "Sadyr Japarov")]
    [InlineData("Uzbekistan's foreign minister arrived later.", "2022-03-01", "Abdulaziz Kamilov")]
    [InlineData("Uzbekistan's foreign minister arrived later.", "2023-06-01", "Bakhtiyor Saidov")]
    [InlineData("The statement came from the President of Tajikistan yesterday.", "2022-03-01", "Emomali Rahmon")]
    [InlineData("The chairman of the Kazakh Senate disagreed.", "2022-03-01", "Maulen Ashimbayev")]
    [InlineData("The chairwoman of the Russian Federation Council disagreed.", "2022-03-01", "Valentina Matviyenko")]
    [InlineData("The Uzbek leader stayed silent.", "2022-03-01", "Shavkat Mirziyoyev")]
    public void RolePhrases_ResolveAtTheDocumentDate(string text, string date, string person)
    {
        var m = Resolve(text, date).First(x => x.Kind == MentionKind.Role);
        Assert.Equal(person, m.Actors[0].Name);
    }

    [Fact]
    public void TitleBeforeName_BelongsToThePersonMention()
    {
        const string text = "Federal Council President Valentina Matviyenko arrived on Friday.";
        var mentions = Resolve(text);
        var m = Assert.Single(mentions);
        Assert.Equal("Federal Council President Valentina Matviyenko", m.Range.Slice(text));
        Assert.Equal("LEG", m.Actors[0].Sector);
    }

    [Fact]
    public void PressServiceOfThePresident_IsThatGovernment()
    {
        const string text = "The press service of the President of Tajikistan published a short note.";
        var m = At(Resolve(text), text, "press service");
        Assert.Equal("TJK", m.Actors[0].Code);
        Assert.Equal("GOV", m.Actors[0].Sector);
    }

    [Theory]
    [InlineData("The Kremlin denied the report.", "Kremlin", "RUS", MentionKind.Metonym)]
    [InlineData("Moscow rejected the proposal.", "Moscow", "RUS", MentionKind.Metonym)]
    [InlineData("Ak Orda issued a statement.", "Ak Orda", "KAZ", MentionKind.Metonym)]
    [InlineData("Zhongnanhai kept quiet.", "Zhongnanhai", "CHN", MentionKind.Metonym)]
    [InlineData("The Putin government has said so.", "Putin government", "RUS", MentionKind.Metonym)]
    [InlineData("Tokayev's government has shown independence.", "government", "KAZ", MentionKind.Metonym)]
    [InlineData("The government in Tashkent remains hesitant.", "The government in Tashkent", "UZB", MentionKind.Role)]
    [InlineData("Kiev protested.", "Kiev", "UKR", MentionKind.Metonym)]
    public void Metonyms_StandForTheGovernment(string text, string words, string code, MentionKind kind)
    {
        var m = At(Resolve(text), text, words);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(code, m.Actors[0].Code);
        Assert.Equal("GOV", m.Actors[0].Sector);
    }

    [Theory]
    [InlineData("A court in Bishkek banned the rally.", "A court in Bishkek", "KGZ", "JUD")]
    [InlineData("Police in Almaty detained them.", "Police in Almaty", "KAZ", "COP")]
    public void SectorNounInACity_IsThatCountrysBody(string text, string words, string code, string sector)
    {
        var m = At(Resolve(text), text, words);
        Assert.Equal((code, sector), (m.Actors[0].Code, m.Actors[0].Sector));
    }

    [Theory]
    [InlineData("The mayor of Kherson was detained.", "The mayor of Kherson", "UKR")]
    [InlineData("Israel released the mayor of the northern West Bank city of Nablus.", "the mayor of the northern West Bank", "PSE")]
    public void LocalOfficeOfAPlace_IsThatCountrysGovernment(string text, string words, string code)
    {
        var m = At(Resolve(text), text, words);
        Assert.Equal((code, "GOV"), (m.Actors[0].Code, m.Actors[0].Sector));
    }

    [Theory]
    [InlineData("Kazakhstan held talks with India. The situation in Ukraine worsened after Putin announced an operation against the country.", "UKR")]
    [InlineData("Kazakhstan held talks with India. Tokayev said the country would not recognise the republics.", "KAZ")]
    [InlineData("Kazakhstan held talks with India. In Moscow, Tokayev said the country would not recognise the republics.", "KAZ")]
    public void TheCountry_IsOneNamedEarlierInTheSentence_ElseTheStateInFocus(string text, string code)
    {
        var m = At(Resolve(text), text, "the country");
        Assert.Equal(code, m.Actors[0].Code);
    }

    [Theory]
    [InlineData("Syria says it is willing to withdraw its troops.", true)]
    [InlineData("Syria says it is not ready to host the talks.", true)]
    [InlineData("Syria says it is hard to withdraw its troops.", false)]
    public void ItBeforeAnAdjectiveOnlyAnAgentCanBe_Refers(string text, bool refers)
    {
        var it = Resolve(text).Where(m => m.Range.Slice(text) == "it");
        Assert.Equal(refers, it.Any(m => m.Actors[0].Code == "SYR"));
    }

    [Fact]
    public void They_WithNothingPluralNamed_IsTheSubjectStateOfTheSentence()
    {
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 claimed/VERB/root/0/claim that/SCONJ/mark/6 they/PRON/nsubj/6/they had/AUX/aux/6/have attacked/VERB/ccomp/2/attack Kharkiv/PROPN/obj/6 ./PUNCT/punct/2")
            .Build();
        var they = Some.Resolver.Resolve(doc, new DateOnly(2022, 3, 1)).Single(m => m.Range.Slice(doc.Text) == "they");
        Assert.Equal("RUS", they.Actors[0].Code);
    }

    [Theory]
    [InlineData("Ukrainian forces shelled Donetsk. Russia said they had attacked civilians.", "UKR")]
    [InlineData("Russia said the rebels were retreating and they had attacked Kharkiv.", null)]
    public void They_IsWhatWasNamedInThePlural_ElseASubjectStateOfTheSentence(string text, string? code)
    {
        var they = Resolve(text).Where(m => m.Range.Slice(text) == "they").Select(m => m.Actors[0].Code);
        Assert.Equal(code is null ? [] : [code], they);
    }

    [Fact]
    public void BothSides_IsThePairLastNamedTogether_DemonymsIncluded()
    {
        const string text = "Turkey offered to mediate between Israel and the Palestinians. India spoke to Israel. China urged both sides to show restraint.";
        var sides = At(Resolve(text, "2023-10-08"), text, "both sides");
        Assert.Equal(["ISR", "PSE"], sides.Actors.Select(a => a.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LatinAmericanCountries_AreNotAmerican()
    {
        const string text = "Venezuela expelled diplomats from seven Latin American countries.";
        Assert.DoesNotContain(Resolve(text), m => m.Actors.Any(a => a.Code == "USA"));
    }

    [Theory]
    [InlineData("ICC prosecutor Karim Khan said the court would act.")]
    [InlineData("The court heard Ismail Haniyeh speak.")]
    public void KnownSurnameInsideAnotherName_IsNotThatPerson(string text)
    {
        Assert.DoesNotContain(Resolve(text, "2024-01-01"), m => m.Kind == MentionKind.Person);
    }

    [Fact]
    public void KnownSurnameAfterTheFullName_IsThatPerson()
    {
        const string text = "Imran Khan criticised the government. Khan later met Putin.";
        var khan = Resolve(text, "2020-01-01").Where(m => m.Range.Slice(text) == "Khan");
        Assert.Contains(khan, m => m.Actors[0].Code == "PAK");
    }

    [Fact]
    public void RegionOfAState_IsOnlyAPlaceOfIt()
    {
        const string text = "Russia held exercises in Alaska.";
        var m = At(Resolve(text), text, "Alaska");
        Assert.Equal((MentionKind.Location, "USA"), (m.Kind, m.Actors[0].Code));
    }

    [Fact]
    public void LocalOfficeOfNoPlace_IsNoActor()
    {
        Assert.DoesNotContain(Resolve("The governor of the central bank resigned."), m => m.Role == "governor");
    }

    [Theory]
    [InlineData("Russia wants to help iSrael.", true)]
    [InlineData("We need to help israel more.", false)]
    public void NameWithACapitalInside_IsAName_ALowerCaseOneIsNot(string text, bool found)
    {
        Assert.Equal(found, Resolve(text).Any(m => m.Actors.Any(a => a.Code == "ISR")));
    }

    [Fact]
    public void EmbassyInACapital_IsNotTheHostsBody()
    {
        const string text = "The embassies in Moscow warned their citizens.";
        Assert.DoesNotContain(Resolve(text), m => m.Actors.Any(a => a.Code == "RUS" && a.Sector == "GOV"));
    }

    [Theory]
    [InlineData("Protesters gathered in Moscow on Sunday.", "Moscow", "RUS")]
    [InlineData("Activists marched in Almaty and Bishkek.", "Bishkek", "KGZ")]
    [InlineData("The delegation arrived in Tajikistan at noon.", "Tajikistan", "TJK")]
    [InlineData("The company stopped all flights to Russia.", "Russia", "RUS")]
    public void PlaceNamedOnlyAsLocation_IsALocationMention(string text, string words, string code)
    {
        var m = At(Resolve(text), text, words);
        Assert.Equal(MentionKind.Location, m.Kind);
        Assert.Equal(code, m.Actors[0].Code);
        Assert.Null(m.Actors[0].Sector);
    }

    [Fact]
    public void MembersOfALargeBloc_ActAsTheBloc()
    {
        const string text = "EU countries began supplying weapons.";
        var m = At(Resolve(text), text, "EU countries");
        Assert.Equal("EU", Assert.Single(m.Actors).Code);
    }

    [Theory]
    [InlineData("Almaty announced new rules.")]
    [InlineData("Students rallied in Almaty.")]
    public void CityThatIsNoSeatOfGovernment_IsOnlyEverAPlace(string text)
    {
        var m = At(Resolve(text), text, "Almaty");
        Assert.Equal(MentionKind.Location, m.Kind);
        Assert.Equal("KAZ", m.Actors[0].Code);
    }

    [Fact]
    public void CountriesListedAfterAPlaceInThePreviousSentence_AreGovernments()
    {
        const string text = "Citizens barred from fighting in Ukraine\n\nKazakhstan, Uzbekistan and Kyrgyzstan banned it.";
        var m = At(Resolve(text), text, "Uzbekistan");
        Assert.Equal(MentionKind.Name, m.Kind);
        Assert.Equal("GOV", m.Actors[0].Sector);
    }

    [Theory]
    [InlineData("Kazakh activists collected aid.", "Kazakh activists", "KAZ", "CVL")]
    [InlineData("Ukrainian media reported the refusal.", "Ukrainian media", "UKR", "MED")]
    [InlineData("Youths rallied outside Russian diplomatic missions.", "Russian diplomatic missions", "RUS", "GOV")]
    [InlineData("Russian troops crossed the border.", "Russian troops", "RUS", "MIL")]
    [InlineData("The court freed two Brazilian prisoners.", "Brazilian prisoners", "BRA", "CVL")]
    [InlineData("A Ukrainian protestor was detained.", "Ukrainian protestor", "UKR", "CVL")]
    [InlineData("The Russian side insisted.", "Russian side", "RUS", "GOV")]
    [InlineData("The state-run Khovar agency ran the story.", "Khovar", "TJK", "MED")]
    [InlineData("TASS carried the statement.", "TASS", "RUS", "MED")]
    public void DemonymsAndMedia_GetTheirSector(string text, string words, string code, string sector)
    {
        var m = At(Resolve(text), text, words);
        Assert.Equal(code, m.Actors[0].Code);
        Assert.Equal(sector, m.Actors[0].Sector);
    }

    [Theory]
    [InlineData("The five Central Asian states kept quiet.", "KAZ,KGZ,TJK,TKM,UZB")]
    [InlineData("Central Asian leaders were cautious.", "KAZ,KGZ,TJK,TKM,UZB")]
    [InlineData("CSTO countries met in Minsk.", "ARM,BLR,KAZ,KGZ,RUS,TJK")]
    public void Groups_ExpandToTheirMembers(string text, string codes)
    {
        var m = Resolve(text).First(x => x.Kind == MentionKind.Group);
        Assert.Equal(codes, string.Join(",", m.Actors.Select(a => a.Code).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void BlocMembersAndTheWest_ExpandAtTheDate()
    {
        const string text = "CSTO members and the West imposed sanctions.";
        var mentions = Resolve(text, "2022-03-01");
        var csto = At(mentions, text, "CSTO members");
        Assert.Equal("ARM,BLR,KAZ,KGZ,RUS,TJK", string.Join(",", csto.Actors.Select(a => a.Code).Order(StringComparer.Ordinal)));
        var west = At(mentions, text, "the West");
        Assert.Contains(west.Actors, a => a.Code == "USA");
        Assert.Contains(west.Actors, a => a.Code == "DEU");
    }

    [Theory]
    [InlineData("Tajikistan and Turkmenistan stayed quiet. Neither country has addressed the war.", "Neither country", "TJK,TKM")]
    [InlineData("Kazakhstan and Uzbekistan signed a deal. Both countries praised it.", "Both countries", "KAZ,UZB")]
    [InlineData("The governments of Kazakhstan, Kyrgyzstan, and Uzbekistan sent aid. Those three governments also spoke out.", "Those three governments", "KAZ,KGZ,UZB")]
    [InlineData("The offices of Tokayev and Putin ignored the plans that President Donald Trump announced. The two leaders praised their ties.", "The two leaders", "KAZ,RUS")]
    public void CountedGroups_TakeTheLastStatesNamed(string text, string words, string codes)
    {
        var m = At(Resolve(text), text, words);
        Assert.Equal(codes, string.Join(",", m.Actors.Select(a => a.Code).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void TheLatter_IsTheLastOfTwoMentions()
    {
        const string text = "In a call between Vladimir Putin and the President of Uzbekistan, the latter stated that he understood.";
        var mentions = Resolve(text, "2022-02-25");
        var latter = At(mentions, text, "the latter");
        Assert.Equal(MentionKind.Coreference, latter.Kind);
        Assert.Equal("Shavkat Mirziyoyev", latter.Actors[0].Name);
        var he = At(mentions, text, "he");
        Assert.Equal("UZB", he.Actors[0].Code);
    }

    [Fact]
    public void TheFormer_IsTheFirstOfTwoMentions()
    {
        const string text = "Recep Tayyip Erdogan called Vladimir Putin, and the former urged a ceasefire.";
        var m = At(Resolve(text), text, "the former");
        Assert.Equal("TUR", m.Actors[0].Code);
    }

    [Fact]
    public void Pronouns_ResolveToTheLastFittingMention()
    {
        const string text = "Kazakhstan refused the request. It said its forces stay at home. Tokayev said he would mediate.";
        var mentions = Resolve(text);
        Assert.Equal("KAZ", At(mentions, text, "It").Actors[0].Code);
        Assert.Equal("KAZ", At(mentions, text, "its").Actors[0].Code);
        var he = mentions.Single(m => m.Range.Slice(text) == "he");
        Assert.Equal("Kassym-Jomart Tokayev", he.Actors[0].Name);
    }

    [Fact]
    public void DefiniteDescription_ResolvesToThePersonNamedBefore()
    {
        const string text = "Maulen Ashimbayev spoke to the press. The Kazakh politician said Russia had not asked for help.";
        var m = At(Resolve(text), text, "Kazakh politician");
        Assert.Equal(MentionKind.Coreference, m.Kind);
        Assert.Equal("Maulen Ashimbayev", m.Actors[0].Name);
    }

    [Fact]
    public void Organisations_ReportUnderTheirTopCode()
    {
        const string text = "The UN General Assembly voted while NATO watched.";
        var mentions = Resolve(text);
        Assert.Equal("UN", At(mentions, text, "General Assembly").Actors[0].Code);
        Assert.Equal("IGO", At(mentions, text, "NATO").Actors[0].Sector);
    }

    [Fact]
    public void DependencyParse_CaseMarkerMakesALocation()
    {
        // "They met in Bishkek ." with "in" attached to "Bishkek" as case.
        var doc = new DocBuilder()
            .Sentence("They/PRON/nsubj/2 met/VERB/root/0 in/ADP/case/4 Bishkek/PROPN/obl/2 ./PUNCT/punct/2")
            .Build();
        var m = Some.Resolver.Resolve(doc, new DateOnly(2022, 3, 1)).Single(x => x.Range.Slice(doc.Text) == "Bishkek");
        Assert.Equal(MentionKind.Location, m.Kind);
        Assert.Equal(3, m.HeadToken);
    }

    [Fact]
    public void DependencyParse_HeadTokenIsTheTokenAttachedOutsideTheSpan()
    {
        var doc = new DocBuilder()
            .Sentence("Kyrgyz/ADJ/amod/2 President/PROPN/compound/4 Sadyr/PROPN/flat/4 Japarov/PROPN/nsubj/5 spoke/VERB/root/0 ./PUNCT/punct/5")
            .Build();
        var m = Some.Resolver.Resolve(doc, new DateOnly(2022, 3, 1)).Single();
        Assert.Equal("Kyrgyz President Sadyr Japarov", m.Range.Slice(doc.Text));
        Assert.Equal(3, m.HeadToken);
    }

    [Fact]
    public void SingularRegionalNoun_IsTheOneMemberNamedBefore()
    {
        const string text = "Astana kept its distance from Moscow. The landlocked Central Asian nation refused to recognise the republics.";
        var m = At(Resolve(text), text, "Central Asian nation");
        Assert.Equal("KAZ", Assert.Single(m.Actors).Code);
    }

    [Theory]
    [InlineData("Astana kept its distance. A Central Asian state joined the talks.", "Central Asian state", 0)]
    [InlineData("Astana kept its distance. No Central Asian country backed the resolution.", "Central Asian country", 5)]
    [InlineData("Astana kept its distance. The Central Asian states abstained.", "Central Asian states", 5)]
    public void IndefiniteOrQuantifiedRegionalNoun_IsNoSingleMember(string text, string words, int members)
    {
        var m = Resolve(text).FirstOrDefault(x => x.Range.Slice(text).Contains(words, StringComparison.Ordinal));
        Assert.Equal(members, m?.Actors.Length ?? 0);
    }

    [Fact]
    public void GenericOffice_IsTheGovernmentOfTheStateInFocus()
    {
        const string text = "Prime Minister Narendra Modi spoke to the press. The leaders agreed to stay in touch, the Prime Minister's Office said.";
        var m = At(Resolve(text), text, "Prime Minister's Office");
        Assert.Equal("IND", m.Actors[0].Code);
        Assert.Equal("GOV", m.Actors[0].Sector);
    }

    [Fact]
    public void TheHeadsOfState_AreTheTwoLeadersJustNamed()
    {
        const string text = "Kassym-Jomart Tokayev and Volodymyr Zelensky spoke by phone. The heads of state agreed to stay in touch.";
        var m = At(Resolve(text), text, "heads of state");
        Assert.Equal(["KAZ", "UKR"], m.Actors.Select(a => a.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NumberedStatesInARegion_AreTheRegionsMembers()
    {
        const string text = "None of the five states in Muslim-majority Central Asia have criticised Moscow.";
        var m = At(Resolve(text), text, "five states");
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], m.Actors.Select(a => a.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ConjunctOfOfficialsInAPlace_IsAGovernmentToo()
    {
        const string text = "Officials in Kazakhstan and Uzbekistan have called for an end to the bloodshed.";
        var m = At(Resolve(text), text, "Uzbekistan");
        Assert.NotEqual(MentionKind.Location, m.Kind);
        Assert.Equal("GOV", m.Actors[0].Sector);
    }

    [Fact]
    public void DependencyParse_ItsRoleBelongsToTheSubjectNotTheNearestState()
    {
        var doc = new DocBuilder()
            .Sentence("Serbia/PROPN/nsubj/2 rejected/VERB/root/0/reject sanctions/NOUN/obj/2 against/ADP/case/5 Russia/PROPN/nmod/3 ,/PUNCT/punct/9 its/PRON/nmod:poss/8 president/NOUN/nsubj/9 said/VERB/parataxis/2/say ./PUNCT/punct/2")
            .Build();
        var m = Some.Resolver.Resolve(doc, new DateOnly(2022, 3, 1)).Single(x => x.Range.Slice(doc.Text) == "its president");
        Assert.Equal("SRB", m.Actors[0].Code);
        Assert.Equal("President", m.Role);
    }

    [Fact]
    public void They_AfterACoordination_IsBothMembers()
    {
        const string text = "The Central Asian states stayed silent, but Kazakhstan and Uzbekistan said they would not recognise the annexation.";
        var m = At(Resolve(text), text, "they");
        Assert.Equal(["KAZ", "UZB"], m.Actors.Select(a => a.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Georgian Prime Minister Irakli Garibashvili spoke to reporters. What else did the Prime Minister say?", "Irakli Garibashvili")]
    [InlineData("Kazakhstan hosted the summit. The president said the talks went well.", "Kassym-Jomart Tokayev")]
    public void TheOffice_IsThePersonLastNamedInItOrItsHolderInTheStateInFocus(string text, string person)
    {
        var m = Resolve(text).Last();
        Assert.Equal(person, m.Actors[0].Name);
    }

    [Theory]
    [InlineData("Officials in Kazakhstan and Uzbekistan called for talks.", "Officials in Kazakhstan and Uzbekistan", "KAZ+UZB", "GOV")]
    [InlineData("Activists from Georgia protested.", "Activists from Georgia", "GEO", "CVL")]
    public void SectorNounBeforeACountry_BelongsToIt(string text, string words, string codes, string sector)
    {
        var m = At(Resolve(text), text, words);
        Assert.Equal(codes, string.Join("+", m.Actors.Select(a => a.Code)));
        Assert.All(m.Actors, a => Assert.Equal(sector, a.Sector));
    }

    [Fact]
    public void TroopsInACountry_AreNotThatCountrysTroops()
    {
        const string text = "Troops in Ukraine advanced.";
        Assert.DoesNotContain(Resolve(text), m => m.Actors.Any(a => a.Sector == "MIL"));
    }

    [Fact]
    public void TheWestBank_IsAPlaceNotTheWest()
    {
        const string text = "Troops entered the West Bank.";
        var m = At(Resolve(text), text, "West Bank");
        Assert.Equal(MentionKind.Location, m.Kind);
        Assert.Equal("PSE", Assert.Single(m.Actors).Code);
    }
}
