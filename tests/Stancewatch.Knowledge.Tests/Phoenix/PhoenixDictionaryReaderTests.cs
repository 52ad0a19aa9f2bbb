using System.Text;
using Stancewatch.Knowledge.Actors;
using Stancewatch.Knowledge.Phoenix;
using Stancewatch.Testing;

namespace Stancewatch.Knowledge.Tests.Phoenix;

public sealed class PhoenixDictionaryReaderTests
{
    [Fact]
    public void ReadCountries_ParsesVariantsAndDatedRoles()
    {
        // Our own miniature in the Phoenix format (Latin-1, with an accented byte).
        string path = Path.Combine(Path.GetTempPath(), "phx-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "# comment\nFREEDONIA_  [FRE]\n+FREEDONIAN_ \nRUFUS_T_FIREFLY_  # note\n\t[FREGOV 330101-331231]\n\t[FREELI]\nJOS\u00C9_MARTI_\n\t[FREOPP >990101]\n", Encoding.Latin1);
        var (names, people) = new PhoenixDictionaryReader().ReadCountries(path);
        Assert.Contains(names, n => n.Text == "Freedonian" && n.Target == "FRE");
        var firefly = Assert.Single(people, p => p.Name == "Rufus T Firefly");
        var role = Assert.Single(firefly.Roles);
        Assert.Equal(Sector.GOV, role.Sector);
        Assert.Equal(new DateOnly(1933, 1, 1), role.Dates.From);
        Assert.Equal(new DateOnly(1933, 12, 31), role.Dates.To);
        Assert.Contains(people, p => p.Name == "Jos\u00E9 Marti" && p.Roles[0].Sector == Sector.OPP && p.Roles[0].Dates.To is null);
    }

    [Fact]
    public void ReadAgents_ExpandsSubstitutionSets()
    {
        string path = Path.Combine(Path.GetTempPath(), "agents-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "!PERSON! = MAN, WOMAN\nACTIVIST [~CVL]\nBUSINESS!PERSON! [~BUS]\nNONSENSE [~ZZZ]\n", Encoding.Latin1);
        var words = new PhoenixDictionaryReader().ReadAgents(path);
        Assert.Contains(words, w => w.Phrase == "activist" && w.Sector == Sector.CVL);
        Assert.Contains(words, w => w.Phrase == "businessman" && w.Sector == Sector.BUS);
        Assert.Contains(words, w => w.Phrase == "businesswoman");
        Assert.DoesNotContain(words, w => w.Phrase == "nonsense");
    }

    [Fact]
    public void ReadGroups_GivesEachNamedGroupItsCountryAndSector()
    {
        string path = Path.Combine(Path.GetTempPath(), "groups-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "NORTHERN_FRONT_ [ABCREB] # x\n+FRONT_OF_THE_NORTH_\nSOUTHERN_LEAGUE_(SL)_\n+SOUTH_LEAGUE\n\t[DEFUAF]\nSOME_LEADER\n\t[DEFUAF 19870101-20040322]\nWORLD_NETWORK_ [IMGMUS]\nYOUTH_ [ABCREB]\n313_ [ABCREB]\n", Encoding.Latin1);
        var groups = new PhoenixDictionaryReader().ReadGroups(path);
        Assert.Contains(groups, b => b.Name == "Northern Front" && b.Actor == "ABC" && b.Sector == Sector.REB);
        Assert.Contains(groups, b => b.Name == "Front Of The North" && b.Actor == "ABC");
        Assert.Contains(groups, b => b.Name == "Southern League" && b.Actor == "DEF" && b.Sector == Sector.UAF);
        Assert.DoesNotContain(groups, b => b.Name == "Some Leader");
        Assert.DoesNotContain(groups, b => b.Name == "World Network");
        Assert.DoesNotContain(groups, b => b.Name is "Youth" or "313");
    }

    [Fact]
    public void ReadAgents_KeepsArmedGroupSectors()
    {
        string path = Path.Combine(Path.GetTempPath(), "agents-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "INSURGENT [~REB]\nMILITIA [~UAF]\nTEACHER [~EDU]\n", Encoding.Latin1);
        var words = new PhoenixDictionaryReader().ReadAgents(path);
        Assert.Contains(words, w => w.Phrase == "insurgent" && w.Sector == Sector.REB);
        Assert.Contains(words, w => w.Phrase == "militia" && w.Sector == Sector.UAF);
        Assert.Contains(words, w => w.Phrase == "teacher" && w.Sector == Sector.EDU);
    }

    [Fact]
    public void SharedDictionaries_WidenTheRegistry_CuratedNamesKeepTheirMeaning()
    {
        string dir = SharedData.Require("dictionaries");
        var import = new PhoenixDictionaryReader().Read(dir);
        Assert.True(import.People.Length > 1000);
        var registry = new ActorRegistryLoader().Load(Path.Combine(SharedData.RepositoryRoot, "data", "actors"), import);
        Assert.Contains(registry.Lookup("Kazakstan"), e => e.Target == "KAZ");
        Assert.All(registry.Lookup("Russian"), e => Assert.Equal(EntryKind.Adjective, e.Kind));
        Assert.Equal("tokayev", registry.HoldersAt("KAZ", RoleKind.HeadOfState, new DateOnly(2022, 3, 1)).First().Person.Id);
    }
}
